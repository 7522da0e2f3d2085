import { AccordionHeader, AccordionItem, AccordionPanel, CounterBadge, Text, makeStyles, tokens } from '@fluentui/react-components';
import { FindingGroup } from './grouping';
import type { PaneStore } from '../store/pane-store';
import { FindingItem } from './FindingItem';

const useStyles = makeStyles({
  header: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  section: { marginTop: tokens.spacingVerticalS },
  sectionTitle: { margin: `0 0 ${tokens.spacingVerticalXS}`, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
  list: { margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

/** One schedule's findings: a header with open error and warning counts, sections by kind. */
export function FindingGroupItem({ group, store, saving }: { group: FindingGroup; store: PaneStore; saving: boolean }) {
  const styles = useStyles();
  const label = [group.title, group.open.error ? `错误 ${group.open.error}` : '', group.open.warning ? `警告 ${group.open.warning}` : '']
    .filter(Boolean)
    .join('，');
  return (
    <AccordionItem value={group.id} data-testid={`group-${group.id}`}>
      <AccordionHeader button={{ 'aria-label': label }}>
        <span className={styles.header}>
          <Text weight="semibold">{group.title}</Text>
          {group.open.error > 0 && <CounterBadge count={group.open.error} color="danger" aria-hidden />}
          {group.open.warning > 0 && <CounterBadge count={group.open.warning} color="important" aria-hidden />}
        </span>
      </AccordionHeader>
      <AccordionPanel>
        {group.sections.map((section) => (
          <div key={section.kind} className={styles.section}>
            <h3 className={styles.sectionTitle}>
              {section.label} {section.entries.length}
            </h3>
            <ul className={styles.list} aria-label={`${group.title}：${section.label}`}>
              {section.entries.map((entry) => (
                <FindingItem key={entry.id} entry={entry} store={store} saving={saving} />
              ))}
            </ul>
          </div>
        ))}
      </AccordionPanel>
    </AccordionItem>
  );
}
