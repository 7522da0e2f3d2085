/// <reference lib="dom" />
import { NarrativeDocument } from '../../core/narrative/document';
import type { ChartSpec } from '../../core/charts/chart-spec';
import { svgToPng } from '../charts/svg-to-png';

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const CHART_WIDTH = 600;
const CHART_HEIGHT = 360;

/**
 * The report as a Word file with its charts as PNG, without their title (the caption is
 * printed under each picture, as GB/T 9704 figures are); the open items listed at the end
 * only when `openItems`. The .docx writer and ECharts are loaded
 * only now, so the pane's first load stays small. A chart that cannot be drawn is left out
 * (its caption too, as renderDocx does), rather than failing the whole file.
 */
export async function buildWordFile(doc: NarrativeDocument, specs: readonly ChartSpec[], openItems = false): Promise<Blob> {
  const [{ renderDocx }, { renderChartSvg }] = await Promise.all([
    import(/* webpackChunkName: "docx-writer" */ '../../render/docx'),
    import(/* webpackChunkName: "chart-svg" */ '../../render/charts/svg'),
  ]);
  const charts: Record<string, { png: Uint8Array; width: number; height: number }> = {};
  for (const spec of specs) {
    try {
      charts[spec.id] = await svgToPng(renderChartSvg(spec, { width: CHART_WIDTH, height: CHART_HEIGHT, title: false }), CHART_WIDTH, CHART_HEIGHT);
    } catch {
      // Leave this chart out; the text still goes to Word.
    }
  }
  const bytes = await renderDocx(doc, { charts, openItems });
  return new Blob([bytes as Uint8Array<ArrayBuffer>], { type: DOCX_TYPE });
}
