import { useEffect, useState } from 'react';
import type { ChartSpec } from '../../core/charts/chart-spec';
import { scalableSvg } from './svg-to-png';

/**
 * The previews are drawn for the pane's width (about 310 px of picture in a 350 px pane) rather
 * than shrunk from the 600 px image, so their 12 px labels stay at least 11 px as displayed.
 * The caption is printed under the picture, so not in it. Downloads are drawn at full size.
 */
export const PREVIEW_SIZE = { width: 300, height: 300, title: false } as const;

/** Per chart id, its SVG document or the reason it could not be drawn. */
export type ChartImages = Record<string, { svg: string } | { error: string }>;

export interface ChartSvgsState {
  images: ChartImages;
  loading: boolean;
  /** The chart renderer itself could not be loaded (network, old browser). */
  failed?: string;
}

/**
 * The SVG of every chart, rendered by ECharts loaded on first use: the dynamic import keeps
 * ECharts out of the pane's initial bundle (test/e2e/bundle-budget.test.ts).
 */
export function useChartSvgs(charts: ChartSpec[]): ChartSvgsState {
  const [state, setState] = useState<ChartSvgsState>({ images: {}, loading: charts.length > 0 });
  useEffect(() => {
    let live = true;
    setState({ images: {}, loading: charts.length > 0 });
    if (charts.length === 0) return undefined;
    import('../../render/charts/svg')
      .then(({ renderChartSvg }) => {
        const images: ChartImages = {};
        for (const spec of charts) {
          try {
            images[spec.id] = { svg: scalableSvg(renderChartSvg(spec, PREVIEW_SIZE)) };
          } catch (err) {
            images[spec.id] = { error: err instanceof Error ? err.message : String(err) };
          }
        }
        if (live) setState({ images, loading: false });
      })
      .catch((err: unknown) => {
        if (live) setState({ images: {}, loading: false, failed: `图表组件未能加载（${err instanceof Error ? err.message : String(err)}），请刷新后重试。` });
      });
    return () => {
      live = false;
    };
  }, [charts]);
  return state;
}
