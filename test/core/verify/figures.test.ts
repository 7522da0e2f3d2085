/** Figures found in a sentence, and headings matched to the style's sections. */
import { SICHUAN_STYLE } from '../../../src/core/narrative';
import { figuresOf } from '../../../src/core/verify/figures';
import { normaliseText } from '../../../src/core/verify/normalise';
import { splitReport } from '../../../src/core/verify/sections';
import { ReportSentence } from '../../../src/core/verify';

const figures = (text: string) => {
  const t = normaliseText(text);
  const s: ReportSentence = { index: 0, text, section: '', paragraph: 0 };
  return figuresOf(s, t).map((f) => [f.text, f.unit, f.kind, f.direction ?? '']);
};

describe('figuresOf', () => {
  it('finds amounts, differences, rates, shares, completion rates and counts', () => {
    expect(figures('2024年度收入合计254.38万元，比上年增加10万元，增长4.1%，占本年收入合计的96%，完成预算100%，团组3个、15人次。')).toEqual([
      ['254.38', '万元', 'amount', ''],
      ['10', '万元', 'difference', '增加'],
      ['4.1', '%', 'rate', '增长'],
      ['96', '%', 'share', ''],
      ['100', '%', 'completion', ''],
      ['3', '个', 'count', ''],
      ['15', '人次', 'count', ''],
    ]);
  });

  it('leaves out years, dates, list numbers, chart numbers and thresholds', () => {
    expect(figures('1.截至2024年12月31日，单价50万元以上通用设备见图1。')).toEqual([]);
  });

  it('keeps a bare number where a rate is expected (a missing % sign)', () => {
    expect(figures('增长5.21。')).toEqual([['5.21', '', 'bare', '增长']]);
    expect(figures('代码2060101。')).toEqual([]);
  });

  it('gives "各是500、400万元" both their unit', () => {
    expect(figures('收、支总计各是500、400万元。').map((f) => f[1])).toEqual(['万元', '万元']);
  });
});

describe('splitReport', () => {
  it('matches headings worded differently to the style sections and splits sentences', () => {
    const r = splitReport(['2024年度某局决算情况说明', '二、收入决算情况', '收入合计1万元。其中：财政拨款1万元。', '(三)国有资产占用情况', '共有车辆2辆。'], SICHUAN_STYLE);
    expect(r.preamble).toEqual(['2024年度某局决算情况说明']);
    expect(r.sentences.map((s) => [s.sectionId, s.text])).toEqual([
      ['二', '收入合计1万元。'],
      ['二', '其中：财政拨款1万元。'],
      ['十.三', '共有车辆2辆。'],
    ]);
  });
});
