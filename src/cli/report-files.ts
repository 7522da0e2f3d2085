import { ChartSpec } from '../core/charts/chart-spec';
import { NarrativeDocument } from '../core/narrative';
import type { DocxChartImage } from '../render/docx';
import type { ReportFormat } from './report-formats';

/*
 * The renderers are loaded for the format asked for only: docx and resvg (charts for the
 * Word file) are heavy, and a text report needs neither.
 */

/** PNG images of the charts 图1 … 图7, keyed by chart id, for the Word file. */
export async function chartImages(charts: readonly ChartSpec[]): Promise<Record<string, DocxChartImage>> {
  const { renderChartImages } = await import('../render/charts/png');
  const images: Record<string, DocxChartImage> = {};
  for (const [i, { png }] of (await renderChartImages(charts, { title: false })).entries()) {
    if (png instanceof Error) throw png;
    images[charts[i].id] = png;
  }
  return images;
}

/** The report in one format: text for the three text formats, bytes for .docx. */
export async function renderReport(doc: NarrativeDocument, format: ReportFormat, charts: () => Promise<Record<string, DocxChartImage>>): Promise<string | Uint8Array> {
  switch (format) {
    case 'text':
      return (await import('../render/text')).renderText(doc);
    case 'markdown':
      return (await import('../render/markdown')).renderMarkdown(doc);
    case 'html':
      return (await import('../render/html')).renderHtml(doc);
    case 'docx': {
      const { renderDocx } = await import('../render/docx');
      return renderDocx(doc, { charts: await charts() });
    }
  }
}
