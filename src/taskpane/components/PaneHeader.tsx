import { Caption1, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { ReviewResult } from '../review/review-result';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: '2px',
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM} ${tokens.spacingVerticalS}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  product: { color: tokens.colorBrandForeground1, fontWeight: tokens.fontWeightSemibold },
  muted: { color: tokens.colorNeutralForeground3, overflowWrap: 'anywhere' },
});

/** The workbook's reporting unit, year and template (or its file name before the first check). */
export function PaneHeader({ workbook, review, failed }: { workbook: string; review?: ReviewResult; failed?: boolean }) {
  const styles = useStyles();
  const facts = review
    ? [review.year ? `${review.year}年度` : '年度未知', review.templateName, review.amountUnit ? `金额单位：${review.amountUnit}` : undefined].filter(Boolean)
    : [];
  return (
    <header className={styles.root} aria-label="工作簿信息">
      <Caption1 className={styles.product}>决算助手</Caption1>
      <Text as="h1" size={500} weight="semibold" style={{ margin: 0 }} data-testid="header-unit">
        {review ? review.unitName ?? '未识别到编制单位' : failed ? '未能检查' : '尚未检查'}
      </Text>
      {facts.length > 0 && <Text data-testid="header-facts">{facts.join(' · ')}</Text>}
      <Caption1 className={styles.muted}>工作簿：{workbook}</Caption1>
    </header>
  );
}
