/**
 * What the 图表 tab shows, as plain data: the charts to preview, the ones skipped and why,
 * and whether last year's workbook is missing for the two-year charts.
 */
import type { ChartSpec, SkippedChart } from '../../core/charts/chart-spec';
import type { Session } from '../../core/session';

/** The two-year charts: without last year's workbook they show this year only. */
export const TWO_YEAR_CHARTS = ['图1', '图4', '图5'];

export interface ChartsView {
  charts: ChartSpec[];
  skipped: SkippedChart[];
  /** True when no prior-year model was given (图1/图4/图5 show this year only). */
  priorMissing: boolean;
}

/**
 * 图1–图7 of the session, with last year's figures for the two-year charts when it has them.
 * @example chartsView(openSession(source, emptyStored())).priorMissing === true
 */
export function chartsView(session: Pick<Session, 'charts' | 'prior'>): ChartsView {
  const { charts, skipped } = session.charts();
  return { charts, skipped, priorMissing: session.prior === undefined };
}

/** Characters Windows and macOS refuse in file names (control characters too). */
const UNSAFE_IN_FILE_NAME = /[\\/:*?"<>|]/g;

/**
 * The PNG file name of a chart: "图1_收、支决算总计变动情况.png".
 * @example pngFileName({ id: '图7', title: '“三公”经费…' }) === '图7_“三公”经费….png'
 */
export function pngFileName(spec: Pick<ChartSpec, 'id' | 'title'>): string {
  const printable = [...`${spec.id}_${spec.title}`].map((ch) => (ch.charCodeAt(0) < 32 ? '_' : ch)).join('');
  const base = printable.replace(UNSAFE_IN_FILE_NAME, '_').trim();
  return `${base || '图表'}.png`;
}
