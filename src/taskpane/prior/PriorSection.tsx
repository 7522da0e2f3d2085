import { Button, MessageBar, MessageBarBody, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useRef } from 'react';
import { FilePicker } from '../components/FilePicker';
import type { PaneStore } from '../store/pane-store';
import type { PaneState } from '../store/pane-state';
import { priorView } from '../store/selectors';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' },
  facts: { display: 'flex', flexDirection: 'column' },
  hint: { color: tokens.colorNeutralForeground3 },
});

export interface PriorSectionProps {
  store: PaneStore;
  state: PaneState;
}

/**
 * 上年决算表: import (refused when it is not last year's or another unit's), the file's name,
 * year and unit, 移除. Kept in the workbook's stored data, so the 审核 tab's cross-year rules,
 * the charts, the report and the command line all compare with it.
 */
export function PriorSection({ store, state }: PriorSectionProps) {
  const styles = useStyles();
  const { info, problem } = priorView(state);
  const { busy, error } = state.prior;
  const year = state.session?.settings.year;
  const importButton = useRef<HTMLButtonElement>(null);
  const unknownYear = info && info.year === undefined && year !== undefined ? `未能从导入的决算表中识别年度，请确认它是 ${year - 1} 年度的决算表。` : undefined;
  return (
    <section className={styles.root} aria-label="上年决算表" data-testid="prior-section">
      <Text weight="semibold">上年决算表</Text>
      {info ? (
        <div className={styles.facts} data-testid="prior-info">
          <Text>文件：{info.fileName}</Text>
          <Text data-testid="prior-year">年度：{info.year !== undefined ? `${info.year} 年` : '未识别'}</Text>
          <Text>单位：{info.unitName ?? '未识别'}</Text>
        </div>
      ) : (
        <Text className={styles.hint} size={200}>
          导入上年的决算公开表后，跨年度审核、说明和图表中的上年数和增减变化将自动填写。导入只读取所选文件，不会修改当前工作簿的决算表。
        </Text>
      )}
      <div className={styles.row}>
        <FilePicker accept="xlsx" inputLabel="选择上年决算表" testId="prior-file-input" appearance={info ? 'secondary' : 'primary'} disabled={busy} buttonRef={importButton} onPick={(f) => void store.importPrior(f)}>
          {info ? '重新导入…' : '导入上年决算表'}
        </FilePicker>
        {(info || problem) && (
          <Button
            disabled={busy}
            onClick={() => {
              // 移除 takes its own button away: focus goes to the import button first, not to the page.
              importButton.current?.focus();
              void store.removePrior();
            }}
          >
            移除
          </Button>
        )}
        {busy && <Spinner size="tiny" label="正在读取…" />}
      </div>
      {(problem ?? unknownYear) && (
        <MessageBar intent="warning" data-testid="prior-warning">
          <MessageBarBody>{problem ?? unknownYear}</MessageBarBody>
        </MessageBar>
      )}
      {error && (
        <MessageBar intent="error" data-testid="prior-error">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
