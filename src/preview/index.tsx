/// <reference lib="dom" />
/**
 * The preview page (preview.html): no office.js; opens an .xlsx in the browser and runs the
 * task pane against it.
 */
import { createRoot } from 'react-dom/client';
import { PreviewApp } from './components/PreviewApp';

createRoot(document.getElementById('root') as HTMLElement).render(<PreviewApp sampleUrl="assets/samples/national-2024.xlsx" />);
