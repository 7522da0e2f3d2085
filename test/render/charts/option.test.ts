import { chartOption, niceCeiling, wrapLabel } from '../../../src/render/charts/option';
import { formatChartValue, formatPercent } from '../../../src/render/charts/format';
import { ChartRenderError } from '../../../src/render/charts/errors';
import { chartSpec, figure1, figure2, series } from '../../core/charts/sample-charts';

describe('formatChartValue', () => {
  it('prints the decimals of the number format', () => {
    expect(formatChartValue(1523.4, '0.00')).toBe('1523.40');
    expect(formatChartValue(0, '0.00')).toBe('0.00');
    expect(formatChartValue(12.5, '0')).toBe('13');
  });

  it('rounds half away from zero on the decimal value, as Excel does', () => {
    expect(formatChartValue(1.005, '0.00')).toBe('1.01');
    expect(formatChartValue(-1.005, '0.00')).toBe('-1.01');
    expect(formatChartValue(-0.001, '0.00')).toBe('0.00');
  });

  it('groups thousands when the format has a comma', () => {
    expect(formatChartValue(1234567.891, '#,##0.00')).toBe('1,234,567.89');
    expect(formatChartValue(-1234.5, '#,##0.00')).toBe('-1,234.50');
    expect(formatChartValue(999, '#,##0')).toBe('999');
  });

  it('prints percentages with two decimals', () => {
    expect(formatPercent(33.3)).toBe('33.30%');
  });
});

describe('wrapLabel', () => {
  it('leaves short names alone and splits long ones evenly', () => {
    expect(wrapLabel('教育支出', 4)).toBe('教育支出');
    expect(wrapLabel('社会保障和就业支出', 4)).toBe('社会保\n障和就\n业支出');
    expect(wrapLabel('一般公共服务支出', 5)).toBe('一般公共\n服务支出');
  });
});

describe('niceCeiling', () => {
  it('rounds an axis maximum up to a round number', () => {
    expect(niceCeiling(1856.09)).toBe(2000);
    expect(niceCeiling(20.35)).toBe(25);
    expect(niceCeiling(1000)).toBe(1000);
    expect(niceCeiling(0)).toBe(1);
  });
});

describe('chartOption', () => {
  it('draws columns with one bar series per series, the unit as axis name and no animation', () => {
    const option = chartOption(figure1()) as any;
    expect(option.animation).toBe(false);
    expect(option.title.text).toBe('图1：收、支决算总计变动情况图');
    expect(option.textStyle.fontFamily).toBe("'Noto Sans CJK SC', 'Microsoft YaHei', sans-serif");
    expect(option.xAxis.data).toEqual(['收入总计', '支出总计']);
    expect(option.yAxis.name).toBe('万元');
    expect(option.series.map((s: any) => [s.type, s.name, s.data])).toEqual([
      ['bar', '2023年', [1523.46, 1498.72]],
      ['bar', '2024年', [1687.35, 1652.08]],
    ]);
    expect(option.series[0].label.formatter({ value: 1523.4 })).toBe('1523.40');
  });

  it('draws a pie from the positive slices, with the legend left to the labels', () => {
    const option = chartOption(figure2()) as any;
    expect(option.legend).toBeUndefined();
    const [pie] = option.series;
    expect(pie.type).toBe('pie');
    expect(pie.data.map((d: any) => d.name)).toEqual(['财政拨款收入', '事业收入', '其他收入', '年初结转和结余']);
    expect(pie.label.formatter({ dataIndex: 3 })).toBe('年初结转和结余\n90.00万元 (5.33%)');
  });

  it('leaves the percentage out when the spec asks for none', () => {
    const spec = { ...figure2(), showPercent: false };
    expect((chartOption(spec) as any).series[0].label.formatter({ dataIndex: 0 })).toBe('财政拨款收入\n1402.18万元');
  });

  it('hides the title on request', () => {
    expect((chartOption(figure1(), { title: false }) as any).title.show).toBe(false);
  });

  it('rejects specs and sizes it cannot draw', () => {
    const noCategories = chartSpec('图4', '财政拨款收、支决算总计变动情况', 'column', [], [series('2024年', [])]);
    expect(() => chartOption(noCategories)).toThrow(new ChartRenderError('图4（财政拨款收、支决算总计变动情况）没有分类，无法绘制。'));
    const noSeries = chartSpec('图4', '财政拨款收、支决算总计变动情况', 'column', ['甲'], []);
    expect(() => chartOption(noSeries)).toThrow('图4（财政拨款收、支决算总计变动情况）没有数据系列，无法绘制。');
    expect(() => chartOption(figure1(), { height: Number.NaN })).toThrow('图1（收、支决算总计变动情况）的图片高度 NaN 无效：应在 200 到 4000 像素之间。');
  });
});
