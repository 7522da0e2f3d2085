import { Button, Field, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowUndoRegular, EyeOffRegular } from '@fluentui/react-icons';
import { useRef, useState } from 'react';

const useStyles = makeStyles({
  actions: { display: 'flex', gap: tokens.spacingHorizontalXS },
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
});

export interface IgnoreControlProps {
  /** The rule's name, for the buttons' accessible names. */
  name: string;
  ignored: boolean;
  /** An error is ignored only with a reason (the audit trail); a warning may have none. */
  needsReason: boolean;
  saving: boolean;
  onIgnore: (ignored: boolean, reason?: string) => Promise<void>;
}

/** 忽略 / 恢复; for an error, 忽略 first asks why, and the reason goes into the workbook. */
export function IgnoreControl({ name, ignored, needsReason, saving, onIgnore }: IgnoreControlProps) {
  const styles = useStyles();
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState('');
  // 忽略, or 恢复 once ignored: where the focus goes back after the reason form.
  const opener = useRef<HTMLButtonElement>(null);
  const close = () => {
    setAsking(false);
    setReason('');
    // Focus goes back to the control that opened the form.
    setTimeout(() => opener.current?.focus(), 0);
  };
  if (ignored) {
    return (
      <div className={styles.actions}>
        <Button ref={opener} size="small" appearance="subtle" icon={<ArrowUndoRegular />} onClick={() => void onIgnore(false)} aria-label={`恢复 ${name}`}>
          恢复
        </Button>
      </div>
    );
  }
  if (asking) {
    return (
      <div className={styles.form} data-testid="ignore-form">
        <Field label="忽略原因（必填）" size="small" hint="错误须写明为何可以忽略，原因保存在工作簿中。">
          <Textarea value={reason} onChange={(_, d) => setReason(d.value)} resize="vertical" autoFocus data-testid="ignore-reason" />
        </Field>
        <div className={styles.actions}>
          <Button size="small" appearance="primary" disabledFocusable={saving || reason.trim() === ''} onClick={() => void onIgnore(true, reason).then(close)}>
            确认忽略
          </Button>
          <Button size="small" onClick={close}>
            取消
          </Button>
        </div>
      </div>
    );
  }
  return (
    <div className={styles.actions}>
      <Button
        ref={opener}
        size="small"
        appearance="subtle"
        icon={<EyeOffRegular />}
        onClick={() => (needsReason ? setAsking(true) : void onIgnore(true))}
        aria-label={`忽略 ${name}`}
      >
        忽略
      </Button>
    </div>
  );
}
