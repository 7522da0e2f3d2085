import { Button, MessageBar, MessageBarBody, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useRef } from 'react';
import { FilePicker } from '../components/FilePicker';
import type { PaneStore } from '../store/pane-store';
import type { PaneState } from '../store/pane-state';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  item: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' },
  hint: { color: tokens.colorNeutralForeground3 },
});

/**
 * 本单位规则包: load a department's rule pack (.json, docs/rule-packs.md), checked with the same
 * messages as the command line's --rules; kept in the workbook, so every check of it — here,
 * in the preview or with `juesuan check` — applies it.
 */
export function PackSection({ store, state }: { store: PaneStore; state: PaneState }) {
  const styles = useStyles();
  const { busy, error } = state.packs;
  const status = new Map((state.session?.storedPacks ?? []).map((p) => [p.name, p]));
  const packs = state.stored.packs;
  const load = useRef<HTMLButtonElement>(null);
  // 移除 takes its own button away: focus goes to 加载规则包 first, not to the page.
  const remove = (name: string) => {
    load.current?.focus();
    void store.removePack(name);
  };
  return (
    <section className={styles.root} aria-label="本单位规则包" data-testid="pack-section">
      <Text weight="semibold">本单位规则包</Text>
      {packs.length === 0 ? (
        <Text className={styles.hint} size={200}>
          财政部门或本单位制定的审核规则（JSON 格式）可在此加载，保存在工作簿中，之后的每次检查都会使用。
        </Text>
      ) : (
        <ul className={styles.list} data-testid="pack-list">
          {packs.map((p) => (
            <li key={p.name} className={styles.item}>
              <Text>{p.name}</Text>
              <Text size={200} className={styles.hint}>
                {status.get(p.name)?.rules !== undefined ? `${status.get(p.name)?.rules} 条规则` : `未使用：${status.get(p.name)?.problem ?? '尚未检查'}`}
              </Text>
              <Button size="small" disabled={busy} onClick={() => remove(p.name)} aria-label={`移除规则包 ${p.name}`}>
                移除
              </Button>
            </li>
          ))}
        </ul>
      )}
      <div className={styles.item}>
        <FilePicker accept="json" inputLabel="选择规则包 .json 文件" testId="pack-file-input" disabled={busy} buttonRef={load} onPick={(f) => void store.addPack(f)}>
          加载规则包…
        </FilePicker>
        {busy && <Spinner size="tiny" label="正在读取…" />}
      </div>
      {error && (
        <MessageBar intent="error" data-testid="pack-error">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
