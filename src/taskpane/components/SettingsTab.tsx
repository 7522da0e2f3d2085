import { Switch, Text, makeStyles, tokens } from '@fluentui/react-components';
import { PaneSettings } from '../settings';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  about: { color: tokens.colorNeutralForeground3 },
});

/** 设置: automatic re-check and the not-applicable rules; what the add-in does with data. */
export function SettingsTab({ settings, onChange }: { settings: PaneSettings; onChange: (next: PaneSettings) => void }) {
  const styles = useStyles();
  return (
    <section className={styles.root} aria-label="设置">
      <Switch
        label="工作表内容改变时自动重新检查"
        checked={settings.autoRecheck}
        onChange={(_, data) => onChange({ ...settings, autoRecheck: data.checked })}
      />
      <Switch
        label="显示不适用的规则"
        checked={settings.showNotApplicable}
        onChange={(_, data) => onChange({ ...settings, showNotApplicable: data.checked })}
      />
      <Text className={styles.about} size={200}>
        决算助手只在您点击“保存”“忽略”“导出”时写入工作簿，且只写入名称以“决算助手_”开头的工作表或加载项自己的存储，不会修改决算表中的任何单元格。除 Office 要求加载的
        office.js 外，不访问网络，不收集使用数据。
      </Text>
    </section>
  );
}
