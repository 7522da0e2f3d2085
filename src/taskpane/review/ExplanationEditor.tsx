import { Button, Caption1, Label, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { SaveRegular } from '@fluentui/react-icons';
import { useEffect, useState } from 'react';

const useStyles = makeStyles({
  row: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, marginTop: tokens.spacingVerticalXS },
  saved: { color: tokens.colorPaletteGreenForeground1, fontSize: tokens.fontSizeBase200 },
  editor: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  hint: { color: tokens.colorNeutralForeground3 },
});

export interface ExplanationEditorProps {
  entryId: string;
  rule: string;
  /** The explanation stored in the workbook. */
  saved: string;
  saving: boolean;
  onSave: (text: string) => Promise<void>;
}

/** A warning's explanation (出错说明): written here, stored in the workbook on 保存. */
export function ExplanationEditor({ entryId, rule, saved, saving, onSave }: ExplanationEditorProps) {
  const styles = useStyles();
  const [text, setText] = useState(saved);
  // A reload of the annotations (or a failed save) shows what is stored.
  useEffect(() => {
    setText(saved);
  }, [saved]);
  const changed = text.trim() !== saved;
  const id = `explanation-${entryId}`;
  return (
    <div className={styles.editor}>
      <Label htmlFor={id} size="small">
        说明
      </Label>
      <Textarea
        id={id}
        value={text}
        onChange={(_, data) => setText(data.value)}
        resize="vertical"
        aria-label={`对 ${rule} 的说明`}
        aria-describedby={`${id}-hint`}
        placeholder="例如：本年新增专项资金，支出较上年增加。"
        data-testid="explanation-input"
      />
      <Caption1 id={`${id}-hint`} className={styles.hint}>
        写明原因并保存后，此警告视为已处理。
      </Caption1>
      <div className={styles.row}>
        <Button size="small" icon={<SaveRegular />} disabledFocusable={!changed || saving} onClick={() => void onSave(text)} aria-label={`保存 ${rule} 的说明`}>
          保存
        </Button>
        {!changed && saved && (
          <span className={styles.saved} role="status">
            已保存
          </span>
        )}
      </div>
    </div>
  );
}
