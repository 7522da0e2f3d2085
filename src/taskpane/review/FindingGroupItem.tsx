import { AccordionHeader, AccordionItem, AccordionPanel, Badge, Text, makeStyles, tokens } from '@fluentui/react-components';
import { FindingGroup } from './grouping';
import type { PaneStore } from '../store/pane-store';
import { FindingItem } from './FindingItem';

const useStyles = makeStyles({
  header: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  section: { marginTop: tokens.spacingVerticalS },
  sectionTitle: { margin: `0 0 ${tokens.spacingVerticalXS}`, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
  list: { margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

/**
 * One schedule's findings: a header with what is still to do (errors, warnings) apart from
 * what was dealt with (已说明), sections by kind. The header's name is its visible text.
 */
export function FindingGroupItem({ group, store, saving }: { group: FindingGroup; store: PaneStore; saving: boolean }) {
  const styles = useStyles();
  return (
    <AccordionItem value={group.id} data-testid={`group-${group.id}`}>
      <AccordionHeader>
        <span className={styles.header}>
          <Text weight="semibold">{group.title}</Text>
          {group.open.error > 0 && (
            <Badge size="small" appearance="filled" color="danger" data-testid="group-errors">
              错误 {group.open.error}
            </Badge>
          )}
          {group.open.warning > 0 && (
            <Badge size="small" appearance="filled" color="important" data-testid="group-warnings">
              警告 {group.open.warning}
            </Badge>
          )}
          {group.settled > 0 && (
            <Badge size="small" appearance="outline" color="informative" data-testid="group-settled">
              已说明 {group.settled}
            </Badge>
          )}
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
