import { Badge, Link, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { VERIFY_KIND_LABELS, VERIFY_SEVERITY_LABELS, type VerifyFinding } from '../../core/verify';
import { useFindingCardStyles } from '../components/finding-card-styles';
import { formatCells } from '../review/cell-list';

const useStyles = makeStyles({
  active: { outline: `2px solid ${tokens.colorBrandStroke1}` },
  quote: { color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
});

const BADGE = { error: 'danger', warning: 'warning', info: 'informative' } as const;

export interface VerifyFindingItemProps {
  finding: VerifyFinding;
  /** Its number, as the marked text shows it. */
  number: number;
  active: boolean;
  /** Select its cells in the workbook and mark its sentence. */
  onSelect: () => void;
}

/**
 * One finding about the written report, in the reviewer's words only: what is wrong, the
 * message (a link that selects the cells it was checked against), the sentence, and what
 * the report states against what the schedules give.
 */
export function VerifyFindingItem({ finding: f, number, active, onSelect }: VerifyFindingItemProps) {
  const styles = { ...useFindingCardStyles(), ...useStyles() };
  const cells = formatCells(f.cells, 8);
  return (
    <li
      className={mergeClasses(styles.item, f.severity === 'error' && styles.error, f.severity === 'warning' && styles.warning, active && styles.active)}
      data-testid="verify-finding"
      data-kind={f.kind}
      data-severity={f.severity}
      data-stated={f.stated ?? ''}
      data-expected={f.expected ?? ''}
      data-cells={f.cells.map((c) => `${c.sheet}!${c.address}`).join('|')}
    >
      <div className={styles.top}>
        <Badge className={styles.badge} appearance="tint" color={BADGE[f.severity]}>
          {number}. {VERIFY_SEVERITY_LABELS[f.severity]}
        </Badge>
        <Text weight="semibold">{VERIFY_KIND_LABELS[f.kind]}</Text>
      </div>
      {f.cells.length > 0 || f.sentenceIndex !== undefined ? (
        <Link as="button" className={styles.message} onClick={onSelect} title={f.cells.length > 0 ? '在工作表中选中核对所用的单元格，并在原文中标出这句话' : '在原文中标出这句话'}>
          {f.message}
        </Link>
      ) : (
        <Text className={styles.message}>{f.message}</Text>
      )}
      {(f.stated !== undefined || f.expected !== undefined) && (
        <Text size={200} data-testid="verify-values">
          报告：{f.stated ?? '—'}，应为：{f.expected ?? '—'}
        </Text>
      )}
      {f.sentence && (
        <Text size={200} className={styles.quote}>
          原文：{f.sentence}
        </Text>
      )}
      <Text size={200} className={styles.meta}>
        {f.section || '全文'}
        {cells ? ` · 单元格 ${cells}` : ''}
      </Text>
    </li>
  );
}
