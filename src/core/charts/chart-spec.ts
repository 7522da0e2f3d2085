import { FigureSource } from '../narrative/document';

/**
 * A chart as plain data (narrative.md §5): what to draw, not how. Renderers turn it into
 * SVG/PNG (ECharts), the Word file embeds those, and the Excel host turns it into a native
 * chart plan.
 */
export type ChartKind = 'column' | 'pie';

export interface ChartSeries {
  /** Legend name: "2023年", "2024年", "预算数" … */
  name: string;
  /** One value per category, in `unit`, two decimals. */
  values: number[];
  /** Where each value comes from, same order as `values`. */
  sources: FigureSource[];
}

export interface ChartSpec {
  /** "图1" … "图7". */
  id: string;
  /** "收、支决算总计变动情况". */
  title: string;
  /** The caption printed under the chart: "图1：收、支决算总计变动情况图". */
  caption: string;
  kind: ChartKind;
  /** Money unit of the values. */
  unit: '万元' | '元';
  categories: string[];
  series: ChartSeries[];
  /** Excel-style number format of data labels. */
  numberFormat: string;
  /** Pie charts: show each slice's percentage. */
  showPercent: boolean;
}

/** A chart that could not be drawn, and why (all zero, no prior year …). */
export interface SkippedChart {
  id: string;
  title: string;
  reason: string;
}
