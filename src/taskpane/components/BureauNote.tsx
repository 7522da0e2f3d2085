import { MessageBar, MessageBarBody, Text, makeStyles, tokens } from '@fluentui/react-components';
import { bureauLine } from '../bureau-config';
import type { PaneState } from '../store/pane-state';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  hint: { color: tokens.colorNeutralForeground3 },
});

/**
 * 设置's first line when the bureau configured the pane (config.json): “由 某市财政局 统一配置”,
 * what it set, and what of it could not be used; nothing without a configuration.
 */
export function BureauNote({ state }: { state: PaneState }) {
  const styles = useStyles();
  const setup = state.bureau;
  const line = setup && bureauLine(setup);
  const template = setup?.config?.template;
  const detected = state.session?.template;
  if (!line && !setup?.problem) return null;
  return (
    <div className={styles.root} data-testid="bureau-note">
      {line && <Text weight="semibold">{line}</Text>}
      {template && detected && detected.id !== template && (
        <Text size={200} className={styles.hint}>
          本工作簿按“{detected.name}”识别，与统一配置的模板不同，请确认使用的是财政局下发的模板。
        </Text>
      )}
      {setup?.problem && (
        <MessageBar intent="warning">
          <MessageBarBody>{setup.problem}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
