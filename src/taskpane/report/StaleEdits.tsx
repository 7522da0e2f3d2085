import { Button, MessageBar, MessageBarActions, MessageBarBody, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import type { StaleEdit } from '../../core/narrative/user-text';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, marginBottom: tokens.spacingVerticalS },
  old: { width: '100%' },
});

export interface StaleEditsProps {
  stale: StaleEdit[];
  onDismiss: () => void;
}

/** Edits dropped because their paragraph's numbers changed, with the old text to copy. */
export function StaleEdits({ stale, onDismiss }: StaleEditsProps) {
  const styles = useStyles();
  if (stale.length === 0) return null;
  return (
    <div className={styles.root} data-testid="stale-edits">
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>该段数字已更新，您的修改未保留。原来的修改如下，可复制后重新修改。</MessageBarBody>
        <MessageBarActions>
          <Button size="small" onClick={onDismiss}>
            知道了
          </Button>
        </MessageBarActions>
      </MessageBar>
      {stale.map((s) => (
        <Textarea key={s.key} className={styles.old} readOnly value={s.edit} aria-label={`第 ${s.key} 段原来的修改`} resize="vertical" />
      ))}
    </div>
  );
}
