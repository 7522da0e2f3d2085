import { ChartSet, buildChartSpecs } from '../charts/specs';
import { issueToFinding, workbookUnit } from './findings';
import { JuesuanError } from '../errors';
import { WorkbookSource } from '../grid/sheet-grid';
import { NarrativeDocument, OpenItemHints, generateNarrative } from '../narrative';
import { StaleEdit, applyEdits, fillPlaceholders, mergeEdits, supplementWithReasons } from '../narrative/user-text';
import { Finding } from '../rules/finding';
import { findingKey } from '../rules/finding-key';
import { RulePack } from '../rules/pack-format';
import { ruleTitles } from '../rules/rule-label';
import { rulesInForce, runRules } from '../rules/runner';
import { WorkbookModel } from '../schedules/model';
import { Annotation, StoredData, StoredSettings } from '../stored';
import { Supplement, readSupplement, supplementFindings } from '../supplement';
import { TemplateSet, templateSet } from '../templates';
import { VerifyResult, verifyReport } from '../verify';
import { PriorWorkbook, priorMismatch, storedPriorWorkbook } from './prior';
import { EffectiveSettings, effectiveSettings } from './settings';
import { StoredPackStatus, storedPacks } from './packs';
import { recogniseUserSheets } from './user-sheets';

/** What a surface gives beside the workbook and its stored data (command-line flags). */
export interface SessionOptions {
  /** Department packs given now (--rules), applied after the stored ones (same id replaces). */
  packs?: RulePack[];
  /** Last year's workbook given now (--prior): wins over the one stored in the workbook. */
  prior?: { model: WorkbookModel; supplement?: Supplement; file?: string };
  /** Overrides given now (--style, --percent-decimals …): win over the stored ones. */
  settings?: StoredSettings;
  /** Compare with a prior of any year (--prior-any-year). */
  priorAnyYear?: boolean;
  /** Relative change that Y-03 flags (0.2 = 20 %). */
  yoyThreshold?: number;
  /**
   * A bureau's defaults for every workbook (the pane's config.json, docs/deploy.md): below
   * everything the workbook stores — its settings win over these settings, and its packs are
   * applied after these packs (a rule of the same id replaces the bureau's).
   */
  defaults?: { settings?: StoredSettings; packs?: RulePack[] };
  /** How the report's open items say what to do on this surface (the pane: click; the CLI: its flag). */
  openItemHints?: OpenItemHints;
}

/** Something a surface should tell the user about what the session used or skipped. */
export interface SessionNotice {
  level: 'info' | 'warning';
  text: string;
}

/** The report with everything the user wrote applied. */
export interface SessionReport {
  /** As generated, typed texts included, before the paragraph edits (what edits are made against). */
  generated: NarrativeDocument;
  /** What goes out: the generated document with the edits that still apply. */
  document: NarrativeDocument;
  /** Edits kept, by paragraph key. */
  edits: ReadonlyMap<string, string>;
  /** Edits whose paragraph changed since. */
  stale: StaleEdit[];
}

export interface Session {
  readonly source: WorkbookSource;
  readonly stored: StoredData;
  /** The recognised workbook, exactly as read (overrides live in `settings`). */
  readonly model: WorkbookModel;
  readonly template: TemplateSet;
  readonly settings: EffectiveSettings;
  /** Last year's workbook in use, when there is one that fits. */
  readonly prior?: PriorWorkbook;
  /** Why last year's workbook was not used (wrong year, another unit, unreadable). */
  readonly priorProblem?: string;
  /** Packs in force (the bureau's defaults, stored, then given). */
  readonly packs: RulePack[];
  /** Each pack stored in the workbook: used (its rule count) or why not. */
  readonly storedPacks: StoredPackStatus[];
  /** Every finding, passes included, in the engine's order. */
  readonly findings: Finding[];
  readonly supplement?: Supplement;
  readonly notices: SessionNotice[];
  /** The user's annotation of a finding, if any. */
  annotation(f: Finding): Annotation | undefined;
  /** A finding's rule in words (its title in the packs in force; an internal check's name), for tables an accountant reads. */
  ruleTitle(rule: string): string;
  /** The 决算情况说明, made on first call. */
  report(): SessionReport;
  /** 图1 … 图7, made on first call. */
  charts(): ChartSet;
  /**
   * A written report (its paragraphs) checked against this workbook, last year's and the
   * 补充信息, in the session's style unless `style` names another (src/core/verify).
   */
  verify(paragraphs: string[], style?: string): VerifyResult;
}

function resolvePrior(model: WorkbookModel, stored: StoredData, options: SessionOptions, notices: SessionNotice[]): { prior?: PriorWorkbook; problem?: string } {
  let prior: PriorWorkbook | undefined;
  if (options.prior) prior = { ...options.prior, origin: 'given' };
  else if (stored.prior) {
    try {
      prior = { ...storedPriorWorkbook(stored.prior), origin: 'stored', file: stored.prior.file };
    } catch (e) {
      return { problem: `工作簿中保存的上年数据无法读取，本次不与上年比较：${e instanceof JuesuanError ? e.message : String(e)}` };
    }
  }
  if (!prior) return {};
  const mismatch = priorMismatch(model, prior.model, options.priorAnyYear);
  if (mismatch) return { problem: `${prior.origin === 'stored' ? '工作簿中保存的' : ''}上年数据未使用：${mismatch}` };
  if (prior.origin === 'stored') {
    notices.push({ level: 'info', text: `使用工作簿中保存的上年数据（${prior.model.year === undefined ? '年度未识别' : `${prior.model.year}年`}${prior.file ? `，来自“${prior.file}”` : ''}）` });
  }
  return { prior };
}

/**
 * The one way every surface uses the engine (design.md): recognise the workbook, apply the
 * built-in pack of its template and year (the year setting over the workbook's), the bureau's
 * default packs and the department's packs (stored in the workbook, then given),
 * compare with last year's workbook (given, else stored; refused when its year or unit does
 * not fit), and apply the user's overrides, explanations, typed reasons and paragraph edits.
 * The pane, the preview and `juesuan check / narrative / charts` are views of what it returns,
 * so the same workbook and stored data give the same findings and report everywhere.
 * @throws SheetNotRecognizedError when the workbook holds no schedule
 * @example
 *   const s = openSession(source, storedFromWorkbook({ sheets: source.sheets, parts }).data, { prior });
 *   s.findings.filter(isBlocking); s.report().document; s.charts().charts;
 */
export function openSession(source: WorkbookSource, stored: StoredData, options: SessionOptions = {}): Session {
  const notices: SessionNotice[] = [];
  const model = recogniseUserSheets(source);
  const template = templateSet(model.template);
  const fromStore = storedPacks(stored.packs);
  for (const p of fromStore.status) if (p.problem) notices.push({ level: 'warning', text: `工作簿中保存的规则包未使用：${p.problem}` });
  if (fromStore.packs.length > 0) notices.push({ level: 'info', text: `使用工作簿中保存的规则包：${fromStore.packs.map((p) => p.id).join('、')}` });
  // A bureau pack the workbook also stores (a blank made with it) is applied once, as stored.
  const bureau = (options.defaults?.packs ?? []).filter((p) => !fromStore.packs.some((s) => s.id === p.id));
  if (bureau.length > 0) notices.push({ level: 'info', text: `使用财政局统一配置的规则包：${bureau.map((p) => p.id).join('、')}` });
  const packs = [...bureau, ...fromStore.packs, ...(options.packs ?? [])];
  const { prior, problem: priorProblem } = resolvePrior(model, stored, options, notices);
  const supplement = readSupplement(source.sheets);
  const own = Object.fromEntries(Object.entries(stored.settings).filter(([, v]) => v !== undefined)) as StoredSettings;
  const settings = effectiveSettings(model.template, { ...options.defaults?.settings, ...own }, options.settings ?? {}, model);
  const findings = [
    ...model.issues.map((issue) => issueToFinding(issue, workbookUnit(model))),
    // 补充信息 rows the report cannot use (a negative or fractional count), at their cells.
    ...supplementFindings(supplement, workbookUnit(model)),
    // The year in force (the user's setting over the workbook's) chooses the built-in pack files.
    ...runRules(model, { packs, prior: prior?.model, yoyThreshold: options.yoyThreshold, year: settings.year }),
  ];
  let ruleTitle: ((rule: string) => string) | undefined;
  notices.push(...storedUseNotices(stored));
  let report: SessionReport | undefined;
  let charts: ChartSet | undefined;
  return {
    source,
    stored,
    model,
    template,
    settings,
    prior,
    priorProblem,
    packs,
    storedPacks: fromStore.status,
    findings,
    supplement,
    notices,
    annotation: (f) => stored.annotations[findingKey(f)],
    ruleTitle(rule) {
      ruleTitle ??= ruleTitles(rulesInForce(model, { packs, year: settings.year }));
      return ruleTitle(rule);
    },
    report() {
      report ??= draftReport(model, settings, stored, supplement, prior, options.openItemHints);
      return report;
    },
    charts() {
      charts ??= buildChartSpecs(model, prior?.model);
      return charts;
    },
    verify: (paragraphs, style) => verifyReport(paragraphs, model, { prior: prior?.model, supplement, style: style ?? settings.style }),
  };
}

/** What of the user's stored texts and overrides the session applies, for surfaces that say so (the command line). */
function storedUseNotices(stored: StoredData): SessionNotice[] {
  const out: SessionNotice[] = [];
  const { unitName, year, style, percentDecimals, integerAmounts, listZeroItems } = stored.settings;
  const overrides = [
    unitName && `单位名称“${unitName}”`,
    year !== undefined && `年度${year}年`,
    style && `说明样式 ${style}`,
    percentDecimals !== undefined && `百分比 ${percentDecimals} 位小数`,
    integerAmounts !== undefined && (integerAmounts ? '整数金额不写小数' : '金额写两位小数'),
    listZeroItems !== undefined && (listZeroItems ? '列出为零的收支项目' : '不列为零的收支项目'),
  ].filter(Boolean);
  if (overrides.length > 0) out.push({ level: 'info', text: `使用工作簿中保存的设置：${overrides.join('、')}` });
  const texts = [
    Object.keys(stored.reasons).length && `填写的内容 ${Object.keys(stored.reasons).length} 处`,
    Object.keys(stored.edits).length && `改写的段落 ${Object.keys(stored.edits).length} 段`,
    Object.keys(stored.annotations).length && `审核说明和忽略标记 ${Object.keys(stored.annotations).length} 条`,
  ].filter(Boolean);
  if (texts.length > 0) out.push({ level: 'info', text: `使用工作簿中保存的${texts.join('、')}` });
  return out;
}

function draftReport(
  model: WorkbookModel,
  settings: EffectiveSettings,
  stored: StoredData,
  supplement: Supplement | undefined,
  prior: PriorWorkbook | undefined,
  hints: OpenItemHints | undefined,
): SessionReport {
  const doc = generateNarrative(model, {
    style: settings.style,
    percentDecimals: settings.percentDecimals,
    integerAmounts: settings.integerAmounts,
    listZeroItems: settings.listZeroItems,
    unitName: settings.unitName,
    year: settings.year,
    prior: prior?.model,
    priorSupplement: prior?.supplement,
    supplement: supplementWithReasons(supplement, stored.reasons),
    hints,
  });
  const generated = fillPlaceholders(doc, stored.reasons);
  const { kept, stale } = mergeEdits(generated, stored.edits);
  return { generated, document: applyEdits(generated, kept), edits: kept, stale };
}
