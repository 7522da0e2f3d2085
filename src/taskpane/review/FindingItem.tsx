import { Badge, Link, Text, makeStyles, mergeClasses } from '@fluentui/react-components';
import { CellLinks } from './CellLinks';
import { FindingKind, isActionable } from './finding-kind';
import { FindingEntry } from './grouping';
import type { PaneStore } from '../store/pane-store';
import { ExplanationEditor } from './ExplanationEditor';
import { IgnoreControl } from './IgnoreControl';
import { ruleLabel, ruleName } from '../../core/rules/rule-label';
import { useFindingCardStyles } from '../components/finding-card-styles';

const useStyles = makeStyles({
  ignored: { opacity: 0.6 },
});

const BADGE_COLOR: Record<FindingKind, 'danger' | 'warning' | 'informative' | 'subtle'> = {
  error: 'danger',
  warning: 'warning',
  info: 'informative',
  unchecked: 'subtle',
  notApplicable: 'subtle',
};

const KIND_TEXT: Record<FindingKind, string> = { error: '错误', warning: '警告', info: '提示', unchecked: '无法检查', notApplicable: '不适用' };

/**
 * One finding: its message (a link that selects the cells), its rule and each cell as a link
 * of its own (a cross-sheet finding's cells are on several sheets, and a selection is on one);
 * 忽略 / 恢复 (an error only with a reason); for a warning, the explanation editor.
 */
export function FindingItem({ entry, store, saving }: { entry: FindingEntry; store: PaneStore; saving: boolean }) {
  const styles = { ...useFindingCardStyles(), ...useStyles() };
  const { finding: f, kind, annotation } = entry;
  const ignored = Boolean(annotation?.ignored) && isActionable(kind);
  return (
    <li
      className={mergeClasses(styles.item, kind === 'error' && styles.error, kind === 'warning' && styles.warning, ignored && styles.ignored)}
      data-testid="finding"
      data-rule={f.rule}
      data-kind={kind}
      data-severity={f.severity}
      data-cells={f.cells.map((c) => `${c.sheet}!${c.address}`).join('|')}
    >
      <div className={styles.top}>
        <Badge className={styles.badge} appearance="tint" color={BADGE_COLOR[kind]}>
          {ignored ? '已忽略' : KIND_TEXT[kind]}
        </Badge>
        {f.cells.length > 0 ? (
          <Link as="button" className={styles.message} onClick={() => void store.select(f.cells)} title="在工作表中选中这些单元格">
            {f.message}
          </Link>
        ) : (
          <Text className={styles.message}>{f.message}</Text>
        )}
      </div>
      <Text size={200} className={styles.meta}>
        {ruleLabel(f.rule)}
        {f.cells.length > 0 && ' · 单元格 '}
        {f.cells.length > 0 && <CellLinks cells={f.cells} limit={12} onSelect={(c) => void store.select([c])} />}
      </Text>
      {ignored && annotation?.explanation && (
        <Text size={200} className={styles.meta} data-testid="ignore-note">
          忽略原因：{annotation.explanation}
        </Text>
      )}
      {kind === 'warning' && !ignored && (
        <ExplanationEditor entryId={entry.id} rule={ruleName(f.rule)} saved={annotation?.explanation ?? ''} saving={saving} onSave={(text) => store.saveExplanation(entry.key, text)} />
      )}
      {isActionable(kind) && (
        <IgnoreControl
          name={ruleName(f.rule)}
          ignored={ignored}
          needsReason={kind === 'error'}
          saving={saving}
          onIgnore={(on, reason) => store.setIgnored(entry.key, on, reason)}
        />
      )}
    </li>
  );
}
