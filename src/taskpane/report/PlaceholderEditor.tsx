import { Button, Caption1, Label, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { useId, useState } from 'react';
import { fitSuggestion } from './suggestion';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, maxWidth: '300px' },
  suggestions: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, margin: 0, padding: 0, listStyleType: 'none' },
  suggestion: { textAlign: 'left', justifyContent: 'flex-start', height: 'auto', whiteSpace: 'normal', fontWeight: tokens.fontWeightRegular },
  hint: { color: tokens.colorNeutralForeground3 },
  row: { display: 'flex', gap: tokens.spacingHorizontalS },
});

export interface PlaceholderEditorProps {
  /** What is asked for (the open item's description). */
  description: string;
  suggestions: string[];
  /** The sentence before the gap, to fit suggestions into it. */
  textBefore: string;
  initial: string;
  saving: boolean;
  onSave: (text: string) => void;
  onCancel?: () => void;
}

/** Fill one gap: the suggested reasons one click away, a text box, 保存. */
export function PlaceholderEditor({ description, suggestions, textBefore, initial, saving, onSave, onCancel }: PlaceholderEditorProps) {
  const styles = useStyles();
  const id = useId();
  const [text, setText] = useState(initial);
  return (
    <div className={styles.root}>
      <Caption1 className={styles.hint}>{description}</Caption1>
      {suggestions.length > 0 && (
        <ul className={styles.suggestions} aria-label="参考原因">
          {suggestions.map((s) => {
            const fitted = fitSuggestion(s, textBefore);
            return (
              <li key={s}>
                <Button size="small" appearance="subtle" className={styles.suggestion} onClick={() => setText(fitted)} aria-label={`采用参考：${fitted}`} data-testid="suggestion">
                  {fitted}
                </Button>
              </li>
            );
          })}
        </ul>
      )}
      <Label htmlFor={id} size="small">
        填写内容
      </Label>
      <Textarea id={id} value={text} onChange={(_, d) => setText(d.value)} resize="vertical" aria-label="填写内容" data-testid="placeholder-input" />
      <div className={styles.row}>
        <Button size="small" appearance="primary" disabled={saving || text.trim() === initial.trim()} onClick={() => onSave(text)} data-testid="placeholder-save">
          保存
        </Button>
        {onCancel && (
          <Button size="small" onClick={onCancel}>
            取消
          </Button>
        )}
      </div>
    </div>
  );
}
