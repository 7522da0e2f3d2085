import { mkdir, writeFile } from 'fs/promises';
import { join } from 'path';
import { buildChartSpecs } from '../core/charts/specs';
import { loadPrior, loadWorkbook } from './inputs';
import { CliIO, EXIT_OK, EXIT_UNREADABLE } from './io';
import { messageOf } from './messages';

/** `juesuan charts <workbook> [--prior] --out DIR`: one SVG and one PNG per chart (图1 … 图7). */
export async function chartsCommand(args: { file: string; prior?: string; out: string }, io: CliIO): Promise<number> {
  let loaded;
  try {
    loaded = await loadWorkbook(args.file);
  } catch (e) {
    io.err(`${messageOf(e)}\n`);
    return EXIT_UNREADABLE;
  }
  const { model, stored } = loaded;
  const prior = await loadPrior(args.prior, io, stored);
  const { charts, skipped } = buildChartSpecs(model, prior.model);
  // ECharts and resvg load only when there is a chart to draw.
  const { renderChartSvg } = await import('../render/charts/svg');
  const { renderChartPng } = await import('../render/charts/png');
  await mkdir(args.out, { recursive: true });
  let failed = prior.failed;
  for (const spec of charts) {
    const svgPath = join(args.out, `${spec.id}.svg`);
    await writeFile(svgPath, renderChartSvg(spec), 'utf8');
    let png = '';
    try {
      const image = await renderChartPng(spec);
      await writeFile(join(args.out, `${spec.id}.png`), image.png);
      png = `、${spec.id}.png`;
    } catch (e) {
      failed = true;
      io.err(`${spec.id} 的 PNG 图片未能生成：${messageOf(e)}\n`);
    }
    io.out(`${spec.caption}：${svgPath}${png}\n`);
  }
  for (const s of skipped) io.out(`${s.id} ${s.title}：未生成（${s.reason}）\n`);
  return failed ? EXIT_UNREADABLE : EXIT_OK;
}
