/// <reference lib="dom" />
import { Button, MessageBar, MessageBarBody, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useRef } from 'react';
import { priorYearWarning } from './prior-controller';
import { PriorHandle } from './use-prior';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' },
  facts: { display: 'flex', flexDirection: 'column' },
  hint: { color: tokens.colorNeutralForeground3 },
  input: { display: 'none' },
});

export interface PriorSectionProps {
  handle: PriorHandle;
  /** This workbook's report year, to warn when the import is not last year's. */
  currentYear?: number;
}

/** 上年决算表: import button (file input), the imported file's name, year and unit, 移除. */
export function PriorSection({ handle, currentYear }: PriorSectionProps) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const { info, busy, error } = handle;
  const warning = info ? priorYearWarning(info.year, currentYear) : undefined;
  return (
    <section className={styles.root} aria-label="上年决算表" data-testid="prior-section">
      <Text weight="semibold">上年决算表</Text>
      <input
        ref={input}
        className={styles.input}
        type="file"
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        data-testid="prior-file-input"
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          e.currentTarget.value = '';
          if (file) void handle.importFile(file);
        }}
      />
      {info ? (
        <div className={styles.facts} data-testid="prior-info">
          <Text>文件：{info.fileName}</Text>
          <Text data-testid="prior-year">年度：{info.year !== undefined ? `${info.year} 年` : '未识别'}</Text>
          <Text>单位：{info.unitName ?? '未识别'}</Text>
        </div>
      ) : (
        <Text className={styles.hint} size={200}>
          导入上年的决算公开表后，说明和图表中的上年数和增减变化将自动填写。导入只读取所选文件，不会修改当前工作簿的决算表。
        </Text>
      )}
      <div className={styles.row}>
        <Button appearance={info ? 'secondary' : 'primary'} disabled={busy} onClick={() => input.current?.click()}>
          {info ? '重新导入…' : '导入上年决算表'}
        </Button>
        {info && (
          <Button disabled={busy} onClick={() => void handle.remove()}>
            移除
          </Button>
        )}
        {busy && <Spinner size="tiny" label="正在读取…" />}
      </div>
      {warning && (
        <MessageBar intent="warning" data-testid="prior-warning">
          <MessageBarBody>{warning}</MessageBarBody>
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
