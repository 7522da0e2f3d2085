import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { NarrativeDocument } from '../../core/narrative/document';
import { generateNarrative } from '../../core/narrative';
import { WorkbookModel } from '../../core/schedules/model';
import { Annotations, WorkbookHost } from '../../hosts/workbook-host';
import { PaneMessage, describeError } from '../pane-message';
import { ReviewResult } from '../review-result';
import { StaleEdit, applyEdits, editsFromAnnotations, mergeEdits, withEdit } from './edits';
import { fillPlaceholders, supplementWithReasons, typedFromAnnotations, withTyped } from './reasons';

export interface ReportInputs {
  host: WorkbookHost;
  review?: ReviewResult;
  prior?: WorkbookModel;
  style: 'sichuan' | 'national';
  percentDecimals?: number;
}

export interface ReportState {
  /** The generated document with the typed texts, before the paragraph edits. */
  generated?: NarrativeDocument;
  /** What goes out (copy, Word): the generated document with the kept edits. */
  output?: NarrativeDocument;
  typed: Map<string, string>;
  edits: Map<string, string>;
  stale: StaleEdit[];
  loaded: boolean;
  saving: boolean;
  message?: PaneMessage;
  saveTyped(id: string, text: string): Promise<void>;
  saveEdit(key: string, text: string | undefined, generated: string): Promise<void>;
  /** Forget stale edits (after the user has seen them). */
  dismissStale(): Promise<void>;
}

/**
 * The 说明 tab's state: the workbook's annotations (typed reasons and paragraph edits), the
 * report generated from the review's model with them, and saving back. Every save reads the
 * annotations afresh and changes only its own key, so the 审核 tab's notes are kept.
 */
export function useReport({ host, review, prior, style, percentDecimals }: ReportInputs): ReportState {
  const [annotations, setAnnotations] = useState<Annotations>({});
  const [loaded, setLoaded] = useState(false);
  const [saving, setSaving] = useState(false);
  const [message, setMessage] = useState<PaneMessage>();
  const queue = useRef<Promise<unknown>>(Promise.resolve());

  useEffect(() => {
    let live = true;
    host
      .loadAnnotations()
      .then((a) => live && setAnnotations(a))
      .catch((err: unknown) => live && setMessage(describeError(err, 'load')))
      .finally(() => live && setLoaded(true));
    return () => {
      live = false;
    };
  }, [host]);

  const typed = useMemo(() => typedFromAnnotations(annotations), [annotations]);
  const stored = useMemo(() => editsFromAnnotations(annotations), [annotations]);

  const generated = useMemo(() => {
    if (!review) return undefined;
    try {
      const supplement = supplementWithReasons(review.supplement, typed);
      const doc = generateNarrative(review.model, { style, prior, supplement, percentDecimals });
      return fillPlaceholders(doc, typed);
    } catch (err) {
      return err instanceof Error ? err : new Error(String(err));
    }
  }, [review, prior, style, percentDecimals, typed]);

  const merged = useMemo(() => (generated instanceof Error || !generated ? undefined : mergeEdits(generated, stored)), [generated, stored]);

  const update = useCallback(
    (change: (a: Annotations, now: Date) => Annotations) => {
      const run = queue.current.then(async () => {
        setSaving(true);
        try {
          const next = change(await host.loadAnnotations(), new Date());
          await host.saveAnnotations(next);
          setAnnotations(next);
          setMessage(undefined);
        } catch (err) {
          setMessage(describeError(err, 'save'));
        } finally {
          setSaving(false);
        }
      });
      queue.current = run;
      return run;
    },
    [host],
  );

  const saveTyped = useCallback((id: string, text: string) => update((a, now) => withTyped(a, id, text, now)), [update]);
  const saveEdit = useCallback(
    (key: string, text: string | undefined, gen: string) => update((a, now) => withEdit(a, key, text === undefined ? undefined : { text, generated: gen }, now)),
    [update],
  );
  const staleKeys = merged?.stale.map((s) => s.key).join('\n') ?? '';
  const dismissStale = useCallback(
    () => update((a, now) => staleKeys.split('\n').filter(Boolean).reduce((acc, key) => withEdit(acc, key, undefined, now), a)),
    [update, staleKeys],
  );

  const doc = generated instanceof Error ? undefined : generated;
  return {
    generated: doc,
    output: doc && merged ? applyEdits(doc, merged.kept) : doc,
    typed,
    edits: merged?.kept ?? new Map(),
    stale: merged?.stale ?? [],
    loaded,
    saving,
    message: generated instanceof Error ? { intent: 'error', title: '无法生成决算情况说明', body: generated.message } : message,
    saveTyped,
    saveEdit,
    dismissStale,
  };
}
