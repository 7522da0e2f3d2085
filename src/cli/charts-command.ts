import { join } from 'path';
import { SessionFlags, loadPriorFile, openFileSession } from './inputs';
import { makeOutputDir, writeOutputFile } from './out-files';
import { CliIO, EXIT_OK, EXIT_UNREADABLE } from './io';
import { messageOf } from './messages';

/** `juesuan charts <workbook> [--prior] --out DIR`: one SVG and one PNG per chart (图1 … 图7). */
export async function chartsCommand(args: { file: string; out: string } & SessionFlags, io: CliIO): Promise<number> {
  const given = await loadPriorFile(args.prior, io);
  const opened = await openFileSession(args.file, args, given.prior, io);
  if ('failure' in opened) {
    io.err(`${opened.failure}\n`);
    return EXIT_UNREADABLE;
  }
  const { charts, skipped } = opened.session.charts();
  // ECharts and resvg load only when there is a chart to draw.
  const { renderChartImages } = await import('../render/charts/png');
  const images = await renderChartImages(charts);
  await makeOutputDir(args.out);
  let failed = given.failed || opened.degraded;
  for (const [i, spec] of charts.entries()) {
    const { svg, png: image } = images[i];
    const svgPath = join(args.out, `${spec.id}.svg`);
    await writeOutputFile(svgPath, svg, `${spec.id}.svg`);
    let png = '';
    try {
      if (image instanceof Error) throw image;
      await writeOutputFile(join(args.out, `${spec.id}.png`), image.png, `${spec.id}.png`);
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
