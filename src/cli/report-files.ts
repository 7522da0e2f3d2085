import { ChartSpec } from '../core/charts/chart-spec';
import { NarrativeDocument } from '../core/narrative';
import { renderChartPng } from '../render/charts/png';
import { renderDocx, renderHtml, renderMarkdown, renderText } from '../render';
import { DocxChartImage } from '../render/docx';

export type ReportFormat = 'text' | 'markdown' | 'html' | 'docx';
export const REPORT_FORMATS: readonly ReportFormat[] = ['text', 'markdown', 'html', 'docx'];
/** The file extension of each format. */
export const REPORT_EXTENSION: Record<ReportFormat, string> = { text: 'txt', markdown: 'md', html: 'html', docx: 'docx' };

/** PNG images of the charts 图1 … 图7, keyed by chart id, for the Word file. */
export async function chartImages(charts: readonly ChartSpec[]): Promise<Record<string, DocxChartImage>> {
  const images: Record<string, DocxChartImage> = {};
  for (const spec of charts) images[spec.id] = await renderChartPng(spec, { title: false });
  return images;
}

/** The report in one format: text for the three text formats, bytes for .docx. */
export async function renderReport(doc: NarrativeDocument, format: ReportFormat, charts: () => Promise<Record<string, DocxChartImage>>): Promise<string | Uint8Array> {
  switch (format) {
    case 'text':
      return renderText(doc);
    case 'markdown':
      return renderMarkdown(doc);
    case 'html':
      return renderHtml(doc);
    case 'docx':
      return renderDocx(doc, { charts: await charts() });
  }
}
