import { Accordion, Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useMemo, useState } from 'react';
import { groupFindings, groupsNeedingAttention } from './grouping';
import type { PaneStore } from '../store/pane-store';
import type { PaneState } from '../store/pane-state';
import { ReviewResult } from './review-result';
import { FindingGroupItem } from './FindingGroupItem';

const useStyles = makeStyles({
  bar: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalS },
  empty: { color: tokens.colorNeutralForeground3, padding: `${tokens.spacingVerticalS} 0` },
});

export interface FindingGroupsProps {
  review: ReviewResult;
  state: PaneState;
  store: PaneStore;
  showNotApplicable: boolean;
}

/** The findings by schedule, as an accordion; groups with open errors or warnings start open. */
export function FindingGroups({ review, state, store, showNotApplicable }: FindingGroupsProps) {
  const styles = useStyles();
  const groups = useMemo(
    () => groupFindings(review.findings, review.schedules, state.stored.annotations, { showNotApplicable }),
    [review, state.stored.annotations, showNotApplicable],
  );
  const [open, setOpen] = useState<string[]>(() => groupsNeedingAttention(groups));
  // A new check opens the groups that now need attention, keeping what the user opened.
  useEffect(() => {
    const attention = groupsNeedingAttention(groupFindings(review.findings, review.schedules, {}, { showNotApplicable: false }));
    setOpen((current) => [...new Set([...current, ...attention])]);
  }, [review]);

  if (groups.length === 0) {
    return (
      <Text className={styles.empty} role="status" data-testid="no-findings">
        没有需要处理的问题：{review.passCount} 条规则检查通过。
      </Text>
    );
  }
  return (
    <section aria-label="审核结果">
      <div className={styles.bar}>
        <Text weight="semibold" as="h2" size={400} style={{ margin: 0 }}>
          审核结果
        </Text>
        <div>
          <Button appearance="subtle" size="small" onClick={() => setOpen(groups.map((g) => g.id))}>
            全部展开
          </Button>
          <Button appearance="subtle" size="small" onClick={() => setOpen([])}>
            全部折叠
          </Button>
        </div>
      </div>
      <Accordion multiple collapsible openItems={open} onToggle={(_, data) => setOpen(data.openItems.map(String))}>
        {groups.map((group) => (
          <FindingGroupItem key={group.id} group={group} store={store} saving={state.saving} />
        ))}
      </Accordion>
    </section>
  );
}
