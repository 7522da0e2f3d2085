import { Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { Annotations } from '../../hosts/workbook-host';
import { ReviewResult } from './review-result';
import { countFindings, countsSentence, settledCount } from './summary';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  stats: { display: 'grid', gridTemplateColumns: 'repeat(5, 1fr)', gap: tokens.spacingHorizontalS, margin: 0, padding: 0 },
  stat: { display: 'flex', flexDirection: 'column', alignItems: 'center', listStyleType: 'none' },
  number: { fontSize: tokens.fontSizeBase600, fontWeight: tokens.fontWeightSemibold, lineHeight: tokens.lineHeightBase600 },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  ok: { color: tokens.colorPaletteGreenForeground1 },
  muted: { color: tokens.colorNeutralForeground3 },
  missing: { color: tokens.colorPaletteRedForeground1 },
});

export interface ReviewSummaryProps {
  review: ReviewResult;
  annotations: Annotations;
  showNotApplicable: boolean;
}

/** Schedules found and missing, and the findings counted by severity. */
export function ReviewSummary({ review, annotations, showNotApplicable }: ReviewSummaryProps) {
  const styles = useStyles();
  const c = countFindings(review, annotations);
  const stats = [
    { id: 'error', label: '错误', value: c.open.error, tone: c.open.error > 0 ? styles.error : styles.ok },
    { id: 'warning', label: '警告', value: c.open.warning, tone: c.open.warning > 0 ? styles.warning : styles.ok },
    { id: 'info', label: '提示', value: c.open.info, tone: undefined },
    { id: 'settled', label: '已说明', value: settledCount(c), tone: styles.muted },
    { id: 'pass', label: '通过', value: c.pass, tone: styles.ok },
  ];
  const extras = [
    c.open.unchecked > 0 ? `无法检查 ${c.open.unchecked}` : '',
    c.ignored > 0 ? `已说明中已忽略 ${c.ignored}` : '',
    c.open.notApplicable > 0 ? `不适用 ${c.open.notApplicable}${showNotApplicable ? '' : '（可在“设置”中显示）'}` : '',
  ].filter(Boolean);
  return (
    <section className={styles.root} aria-label="审核摘要" data-testid="summary">
      <Text data-testid="summary-schedules">
        识别到 <strong>{review.schedules.length}</strong> 张表
        {review.missing.length === 0 ? '，必备表齐全' : ''}
      </Text>
      <Text size={200} className={styles.muted} title={review.schedules.map((s) => `${s.id} ${s.title}（工作表“${s.sheet}”）`).join('\n')}>
        {review.schedules.map((s) => s.id).join('、')}
      </Text>
      {review.missing.length > 0 && (
        <Text className={styles.missing} data-testid="summary-missing">
          缺少必备表：{review.missing.map((m) => `${m.id} ${m.title}`).join('、')}
        </Text>
      )}
      <ul className={styles.stats} aria-label={countsSentence(c)}>
        {stats.map((s) => (
          <li key={s.id} className={styles.stat} data-testid={`count-${s.id}`}>
            <span className={mergeClasses(styles.number, s.tone)}>{s.value}</span>
            <Text size={200}>{s.label}</Text>
          </li>
        ))}
      </ul>
      {extras.length > 0 && (
        <Text size={200} className={styles.muted}>
          {extras.join('；')}
        </Text>
      )}
    </section>
  );
}
