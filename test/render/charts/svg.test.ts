import { readFileSync } from 'fs';
import { join } from 'path';
import { renderChartSvg } from '../../../src/render/charts/svg';
import { ChartRenderError } from '../../../src/render/charts/errors';
import { chartSpec, figure1, figure2, figure6, figure7, sampleCharts, series } from '../../core/charts/sample-charts';
import { elementsNamed, parseXml, svgTexts, textOf } from './svg-xml';

const CJK = /[\u4e00-\u9fff]/;

describe('renderChartSvg', () => {
  it.each(sampleCharts().map((s) => [s.id, s] as const))('%s is well-formed SVG with caption, categories and values as text', (_id, spec) => {
    const svg = renderChartSvg(spec);
    const root = parseXml(svg);
    expect(root.name).toBe('svg');
    expect(root.attrs.width).toBe('600');
    expect(root.attrs.height).toBe('360');
    const texts = svgTexts(svg);
    const all = texts.join('');
    expect(texts).toContain(spec.caption);
    expect(texts.some((t) => CJK.test(t))).toBe(true);
    spec.categories.forEach((category, i) => {
      const values = spec.series.map((s) => s.values[i]);
      // Pie charts leave out slices of zero; everything else is drawn.
      if (spec.kind === 'pie' && !(values[0] > 0)) {
        expect(all).not.toContain(category);
        return;
      }
      expect(all).toContain(category);
      for (const v of values) expect(all).toContain(v.toFixed(2));
    });
  });

  it('labels the columns of 图1 with two decimals and names the unit and the years', () => {
    const svg = renderChartSvg(figure1());
    const label = elementsNamed(parseXml(svg), 'text').find((t) => textOf(t) === '1523.46');
    expect(label?.attrs.transform).toMatch(/^translate\(/);
    const texts = svgTexts(svg);
    expect(texts).toEqual(expect.arrayContaining(['1523.46', '1498.72', '1687.35', '1652.08', '万元', '2023年', '2024年', '收入总计', '支出总计']));
  });

  it('labels each slice of 图2 with name, amount in 万元 and a percentage, the percentages adding up to 100', () => {
    const texts = svgTexts(renderChartSvg(figure2()));
    // Multi-line labels become one <text> per line.
    expect(texts).toEqual(expect.arrayContaining(['财政拨款收入', '1402.18万元 (83.10%)', '事业收入', '156.40万元 (9.27%)', '其他收入', '38.77万元 (2.30%)', '年初结转和结余', '90.00万元 (5.33%)']));
    const percents = texts.flatMap((t) => [...t.matchAll(/\((\d+\.\d{2})%\)/g)].map((m) => Number(m[1])));
    expect(percents).toHaveLength(4);
    expect(Math.round(percents.reduce((a, b) => a + b, 0) * 100)).toBe(10000);
  });

  it('labels the six classes of 图6 with shares adding up to 100', () => {
    const texts = svgTexts(renderChartSvg(figure6()));
    const percents = texts.flatMap((t) => [...t.matchAll(/\((\d+\.\d{2})%\)/g)].map((m) => Number(m[1])));
    expect(percents).toHaveLength(6);
    expect(Math.round(percents.reduce((a, b) => a + b, 0) * 100)).toBe(10000);
    expect(texts).toContain('862.30万元 (61.67%)');
  });

  it('shows zero columns of 图7 as 0.00 and the budget and actual legends', () => {
    const texts = svgTexts(renderChartSvg(figure7()));
    expect(texts.filter((t) => t === '0.00')).toHaveLength(2);
    expect(texts).toEqual(expect.arrayContaining(['预算数', '决算数', '因公出国（境）费', '12.00', '8.64']));
  });

  it('names the CJK fonts in the text style', () => {
    const svg = renderChartSvg(figure1());
    expect(svg).toContain("font-family:'Noto Sans CJK SC', 'Microsoft YaHei', sans-serif");
  });

  it('honours width, height and title: false', () => {
    const spec = figure1();
    const svg = renderChartSvg(spec, { width: 800, height: 400, title: false });
    const root = parseXml(svg);
    expect([root.attrs.width, root.attrs.height]).toEqual(['800', '400']);
    expect(svgTexts(svg)).not.toContain(spec.caption);
  });

  it('escapes workbook text so the SVG stays well-formed', () => {
    const spec = chartSpec('图2', '收入决算结构', 'pie', ['A&B<收入>', '其他"收入"'], [series('2024年', [1, 3])]);
    const texts = svgTexts(renderChartSvg(spec));
    expect(texts).toEqual(expect.arrayContaining(['A&B<收入>', '其他"收入"', '1.00万元 (25.00%)', '3.00万元 (75.00%)']));
  });

  it('stands the value labels upright and wraps category names when the columns are narrow', () => {
    const categories = ['一般公共服务支出', '教育支出', '科学技术支出', '社会保障和就业支出', '卫生健康支出', '节能环保支出', '城乡社区支出', '住房保障支出'];
    const spec = chartSpec('图5', '一般公共预算财政拨款支出决算变动情况', 'column', categories, [
      series('2023年', [12345.67, 2034.5, 88.1, 4567.89, 3021.4, 120.33, 9876.54, 1500]),
      series('2024年', [13456.78, 1999.99, 0, 5012.34, 3333.33, 98.76, 10234.56, 1620.1]),
    ]);
    const svg = renderChartSvg(spec);
    const label = elementsNamed(parseXml(svg), 'text').find((t) => textOf(t) === '12345.67');
    // Turned a quarter to the left: reads bottom to top.
    expect(label?.attrs.transform).toMatch(/^matrix\(0,-1,1,0,/);
    const texts = svgTexts(svg);
    expect(texts).toEqual(expect.arrayContaining(['社会保', '障和就', '业支出', '12345.67', '10234.56']));
  });

  it('rejects a malformed spec with a Chinese message naming the chart', () => {
    const spec = figure1();
    spec.series[0].values = [1];
    expect(() => renderChartSvg(spec)).toThrow(ChartRenderError);
    expect(() => renderChartSvg(spec)).toThrow('图1（收、支决算总计变动情况）的系列“2023年”有 1 个数值，但有 2 个分类。');
    const pie = chartSpec('图3', '支出决算结构', 'pie', ['基本支出'], [series('2024年', [0])]);
    expect(() => renderChartSvg(pie)).toThrow('图3（支出决算结构）没有大于零的数值，无法绘制饼图。');
  });
});

describe('svg.ts in the browser bundle', () => {
  it('imports nothing but ECharts (in echarts-svg.ts) and local modules', () => {
    const packages = (file: string) =>
      [...readFileSync(join(__dirname, '../../../src/render/charts', file), 'utf8').matchAll(/from '([^']+)'/g)].map((m) => m[1]).filter((p) => !p.startsWith('.'));
    expect(packages('svg.ts')).toEqual([]);
    expect(packages('echarts-svg.ts')).toEqual(['echarts/core', 'echarts/charts', 'echarts/components', 'echarts/renderers']);
  });

  it('pulls in only modules that are free of Node built-ins', () => {
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const source = readFileSync(file, 'utf8');
      for (const m of source.matchAll(/from '([^']+)'/g)) {
        const target = m[1];
        expect(target).not.toMatch(/^(node:|fs$|path$|os$|child_process$|@resvg)/);
        if (target.startsWith('.')) visit(join(file, '..', `${target}.ts`));
      }
    };
    visit(join(__dirname, '../../../src/render/charts/svg.ts'));
    expect(seen.size).toBeGreaterThan(4);
  });
});
