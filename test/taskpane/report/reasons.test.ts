import { join } from 'path';
import { generateNarrative, paragraphText } from '../../../src/core/narrative';
import { NarrativeDocument } from '../../../src/core/narrative/document';
import { Supplement } from '../../../src/core/supplement';
import { readWorkbookFile } from '../../../src/hosts/xlsx';
import { reviewWorkbook } from '../../../src/taskpane/review-result';
import { PANE_REF, fillPlaceholders, fitSuggestion, supplementWithReasons, typedFromAnnotations, withTyped } from '../../../src/taskpane/report/reasons';

const NOW = new Date('2025-03-01T08:00:00Z');
const SAMPLES = join(__dirname, '..', '..', '..', 'assets', 'samples');

describe('typed texts in the annotations', () => {
  it('stores them under report:<id> and reads only those back', () => {
    let a = withTyped({ 'W-01@表1!B9': { explanation: '审核说明', updatedAt: 'x' } }, 'reason:收支总计', '  人员增加 ', NOW);
    expect(a['report:reason:收支总计']).toEqual({ explanation: '人员增加', updatedAt: '2025-03-01T08:00:00.000Z' });
    expect(typedFromAnnotations(a)).toEqual(new Map([['reason:收支总计', '人员增加']]));
    a = withTyped(a, 'reason:收支总计', ' ', NOW);
    expect(Object.keys(a)).toEqual(['W-01@表1!B9']);
  });
});

describe('supplementWithReasons', () => {
  const sheet: Supplement = {
    sheet: '补充信息',
    facts: new Map([['政府采购支出总额', { item: '政府采购支出总额', text: '12', number: 12, ref: { sheet: '补充信息', address: 'B3' } }]]),
    reasons: new Map([['reason:收支总计', { item: 'reason:收支总计', text: '表里的原因', ref: { sheet: '补充信息', address: 'B9' } }]]),
    budgets: new Map(),
  };

  it('adds the pane reasons over the sheet ones without changing the sheet', () => {
    const out = supplementWithReasons(sheet, new Map([['reason:收支总计', '窗格里的原因'], ['prior:收支总计', '增加1万元']]));
    expect(out?.reasons.get('reason:收支总计')).toEqual({ item: 'reason:收支总计', text: '窗格里的原因', ref: PANE_REF });
    expect(out?.reasons.size).toBe(1);
    expect(out?.facts.get('政府采购支出总额')?.number).toBe(12);
    expect(sheet.reasons.get('reason:收支总计')?.text).toBe('表里的原因');
  });

  it('makes a supplement when the workbook has none, and returns the base when nothing is typed', () => {
    expect(supplementWithReasons(undefined, new Map([['reason:x', '原因']]))).toEqual({
      sheet: '决算助手',
      facts: new Map(),
      reasons: new Map([['reason:x', { item: 'reason:x', text: '原因', ref: PANE_REF }]]),
      budgets: new Map(),
    });
    expect(supplementWithReasons(sheet, new Map())).toBe(sheet);
  });
});

describe('fillPlaceholders', () => {
  const doc: NarrativeDocument = {
    title: 't',
    style: 'national',
    sections: [
      {
        id: '一',
        heading: '一、',
        level: 1,
        paragraphs: [{ runs: [{ kind: 'text', text: '与上年相比，' }, { kind: 'placeholder', id: 'prior:收支总计', placeholder: 'prior', text: '【缺少】' }, { kind: 'text', text: '。' }] }],
        subsections: [],
      },
    ],
    openItems: [
      { id: 'prior:收支总计', placeholder: 'prior', section: '一、', description: 'd' },
      { id: 'budget:合计', placeholder: 'budget', section: '一、', description: 'e' },
    ],
  };

  it('puts the typed text in place of the gap, without trailing punctuation, and closes its open item', () => {
    const out = fillPlaceholders(doc, new Map([['prior:收支总计', '增加10.00万元。']]));
    expect(paragraphText(out.sections[0].paragraphs[0])).toBe('与上年相比，增加10.00万元。');
    expect(out.openItems.map((o) => o.id)).toEqual(['budget:合计']);
  });
});

describe('fitSuggestion', () => {
  it('drops 主要是 after 主要变动原因是 and keeps it elsewhere', () => {
    expect(fitSuggestion('主要是一般公共预算财政拨款收入增加183.85万元', '。主要变动原因是')).toBe('一般公共预算财政拨款收入增加183.85万元');
    expect(fitSuggestion('主要是A增加1万元', '支出增加，')).toBe('主要是A增加1万元');
    expect(fitSuggestion('人员增加', '主要变动原因是')).toBe('人员增加');
  });
});

describe('reasons reach the narrative', () => {
  it('replaces the placeholder of section 一 with the typed reason and drops its open item', async () => {
    const review = reviewWorkbook(await readWorkbookFile(join(SAMPLES, 'national-2024.xlsx')));
    const prior = reviewWorkbook(await readWorkbookFile(join(SAMPLES, 'national-2023.xlsx'))).model;
    const typed = new Map([['reason:收支总计', '新增科研项目经费。']]);
    const doc = generateNarrative(review.model, { style: 'national', prior, supplement: supplementWithReasons(review.supplement, typed) });
    expect(paragraphText(doc.sections[0].paragraphs[0])).toBe(
      '2024年度收、支总计3599.31万元。与2023年相比，收、支总计各增加220.96万元，增长6.54%。主要变动原因是新增科研项目经费。',
    );
    expect(doc.openItems.some((o) => o.id === 'reason:收支总计')).toBe(false);
  });
});
