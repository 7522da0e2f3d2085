import { Popover, PopoverSurface, PopoverTrigger, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { PlaceholderRun } from '../../core/narrative/document';
import { PlaceholderEditor } from './PlaceholderEditor';

const useStyles = makeStyles({
  mark: {
    font: 'inherit',
    backgroundColor: '#ffeb3b',
    color: tokens.colorNeutralForeground1,
    border: 'none',
    padding: '0 1px',
    cursor: 'pointer',
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
});

/** The DOM id of a placeholder's mark, for the open-items links. */
export function placeholderDomId(id: string): string {
  return `report-ph-${encodeURIComponent(id).replace(/%/g, '_')}`;
}

export interface PlaceholderViewProps {
  run: PlaceholderRun;
  description: string;
  textBefore: string;
  saving: boolean;
  onSave: (id: string, text: string) => Promise<void>;
}

/** A highlighted gap; click (or Enter) opens the suggestions and a box to fill it. */
export function PlaceholderView({ run, description, textBefore, saving, onSave }: PlaceholderViewProps) {
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  return (
    <Popover open={open} onOpenChange={(_, d) => setOpen(d.open)} trapFocus withArrow positioning="below">
      <PopoverTrigger>
        <mark className={styles.mark} id={placeholderDomId(run.id)} data-testid="placeholder" data-id={run.id} aria-label={`${run.text}：${description}`}>
          {run.text}
        </mark>
      </PopoverTrigger>
      <PopoverSurface aria-label="填写待补充内容">
        <PlaceholderEditor
          description={description}
          suggestions={run.suggestions ?? []}
          textBefore={textBefore}
          initial=""
          saving={saving}
          onSave={(text) => void onSave(run.id, text).then(() => setOpen(false))}
          onCancel={() => setOpen(false)}
        />
      </PopoverSurface>
    </Popover>
  );
}
