import { Finding } from '../../core/rules/finding';
import { findingKey } from '../../core/rules/finding-key';
import { ScheduleId } from '../../core/schedules/model';
import { Annotation, Annotations } from '../../hosts/workbook-host';
import { FindingKind, KIND_LABEL, KIND_ORDER, findingKind } from './finding-kind';
import { ScheduleSummary, scheduleTitle } from './review-result';

/** One finding as the list shows it. */
export interface FindingEntry {
  /** The annotation key (findingKey). Two findings of one rule on the same cells share it. */
  key: string;
  /** Unique within the list (React key, DOM ids). */
  id: string;
  finding: Finding;
  kind: FindingKind;
  annotation?: Annotation;
}

export interface KindSection {
  kind: FindingKind;
  label: string;
  entries: FindingEntry[];
}

/** The findings of one schedule (or of none: cross-workbook findings), by kind. */
export interface FindingGroup {
  /** A ScheduleId, or OTHER_GROUP. */
  id: string;
  title: string;
  sheet?: string;
  sections: KindSection[];
  /** Entries still to deal with (待处理) by kind: the ignored and the explained warnings left out. */
  open: Record<FindingKind, number>;
  ignored: number;
  /** Dealt with (已说明): explained warnings and ignored findings. */
  settled: number;
}

export const OTHER_GROUP = 'other';
const OTHER_TITLE = '其他（不属于某一张表）';

export interface GroupOptions {
  /** List the rules that do not apply to this workbook. */
  showNotApplicable: boolean;
}

const zeroCounts = (): Record<FindingKind, number> => ({ error: 0, warning: 0, info: 0, unchecked: 0, notApplicable: 0 });

function compareEntries(a: FindingEntry, b: FindingEntry): number {
  return (
    a.finding.rule.localeCompare(b.finding.rule, 'en', { numeric: true }) ||
    (a.finding.cells[0]?.address ?? '').localeCompare(b.finding.cells[0]?.address ?? '', 'en', { numeric: true })
  );
}

/**
 * Group findings by schedule (in the order the schedules were found; findings of missing
 * schedules next; those of no schedule last) and, within a group, by kind, worst first.
 * Passes are dropped; rules that do not apply only when `showNotApplicable` is off.
 */
export function groupFindings(
  findings: Finding[],
  schedules: ScheduleSummary[],
  annotations: Annotations,
  options: GroupOptions,
): FindingGroup[] {
  const groups = new Map<string, FindingGroup>();
  for (const s of schedules) {
    groups.set(s.id, { id: s.id, title: `${s.id} ${s.title}`, sheet: s.sheet, sections: [], open: zeroCounts(), ignored: 0, settled: 0 });
  }
  const entries = new Map<string, FindingEntry[]>();
  findings.forEach((finding, index) => {
    const kind = findingKind(finding);
    if (kind === null || (kind === 'notApplicable' && !options.showNotApplicable)) return;
    const groupId = finding.schedule ?? OTHER_GROUP;
    if (!groups.has(groupId)) {
      const title = groupId === OTHER_GROUP ? OTHER_TITLE : `${groupId} ${scheduleTitle(groupId as ScheduleId)}`;
      groups.set(groupId, { id: groupId, title, sections: [], open: zeroCounts(), ignored: 0, settled: 0 });
    }
    const key = findingKey(finding);
    const entry: FindingEntry = { key, id: `f${index}`, finding, kind, annotation: annotations[key] };
    const group = groups.get(groupId) as FindingGroup;
    if (entry.annotation?.ignored && kind !== 'notApplicable') {
      group.ignored += 1;
      group.settled += 1;
    } else if (kind === 'warning' && entry.annotation?.explanation) group.settled += 1;
    else group.open[kind] += 1;
    const list = entries.get(groupId) ?? [];
    list.push(entry);
    entries.set(groupId, list);
  });
  const ordered = [...groups.values()].filter((g) => entries.has(g.id));
  // The catch-all group goes last even when its first finding came early.
  ordered.sort((a, b) => Number(a.id === OTHER_GROUP) - Number(b.id === OTHER_GROUP));
  for (const group of ordered) {
    const list = entries.get(group.id) as FindingEntry[];
    group.sections = KIND_ORDER.map((kind) => ({
      kind,
      label: KIND_LABEL[kind],
      entries: list.filter((e) => e.kind === kind).sort(compareEntries),
    })).filter((s) => s.entries.length > 0);
  }
  return ordered;
}

/** The groups a user should look at first: those with an open error or warning. */
export function groupsNeedingAttention(groups: FindingGroup[]): string[] {
  return groups.filter((g) => g.open.error > 0 || g.open.warning > 0).map((g) => g.id);
}
