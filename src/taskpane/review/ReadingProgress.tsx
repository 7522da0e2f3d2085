import { Field, ProgressBar } from '@fluentui/react-components';
import { ReadProgress } from '../../hosts/workbook-host';
import type { Phase } from '../store/pane-state';

/** Progress while the workbook is read (sheets done / total when the host reports it), then checked. */
export function ReadingProgress({ phase, progress }: { phase: Phase; progress?: ReadProgress }) {
  const reading = phase === 'reading';
  const label = reading
    ? progress && progress.total > 0
      ? `正在读取工作表 ${progress.done}/${progress.total}…`
      : '正在读取工作簿…'
    : '正在检查…';
  // Indeterminate until the host says how far it is.
  const value = reading && progress && progress.total > 0 ? progress.done / progress.total : undefined;
  return (
    <Field validationMessage={label} validationState="none" aria-live="polite">
      <ProgressBar value={value} aria-label={label} />
    </Field>
  );
}
