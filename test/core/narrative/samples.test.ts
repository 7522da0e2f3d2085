/**
 * The bundled sample workbooks (assets/samples) through the .xlsx reader, the recogniser and
 * the narrative, in both styles: the headline figures agree with the fixture data they were
 * generated from, and no placeholder stands where the workbooks hold the data.
 */
import * as path from 'path';
import { generateNarrative, paragraphText } from '../../../src/core/narrative';
import { recogniseWorkbook } from '../../../src/core/schedules/recognise';
import { readWorkbookFile } from '../../../src/hosts/xlsx';
import { buildFixture } from '../../factories';
import { fig, placeholders, runFor, section, wanText } from './helpers';

const SAMPLES = path.join(__dirname, '../../../assets/samples');
const load = async (name: string) => recogniseWorkbook(await readWorkbookFile(path.join(SAMPLES, name)));

describe.each([
  { prefix: 'national', fixture: { template: 'national' as const } },
  { prefix: 'sichuan', fixture: { template: 'sichuan2023' as const, budgetColumns: true } },
])('sample $prefix', ({ prefix, fixture }) => {
  it.each(['sichuan', 'national'] as const)('drafts the report in the %s style from the figures of the schedules', async (style) => {
    const model = await load(`${prefix}-2024.xlsx`);
    const prior = await load(`${prefix}-2023.xlsx`);
    const now = buildFixture({ ...fixture, year: 2024 });
    const then = buildFixture({ ...fixture, year: 2023 });
    const doc = generateNarrative(model, { style, prior });
    expect(doc.title).toBe('2024年度某市科学技术局决算情况说明');
    const p = section(doc, '一').paragraphs[0];
    const total = fig(now, 'T01', '收入总计', '金额');
    expect(runFor(p, 'amount', 'T01', '收入总计', '金额').text).toBe(wanText(total));
    expect(runFor(p, 'difference', 'T01', '收入总计', '金额').value).toBe(total - fig(then, 'T01', '收入总计', '金额'));
    expect(paragraphText(section(doc, '七.一').paragraphs[0])).toContain(`决算为${wanText(fig(now, 'T07', '合计', '决算数'))}万元`);
    const kinds = new Set(placeholders(doc).map((r) => r.placeholder));
    expect(kinds.has('prior')).toBe(false);
    expect(placeholders(doc).some((r) => r.id.startsWith('current:'))).toBe(false);
    // The national sample has no budget columns, so its 五(三) asks for budgets in both styles.
    expect(kinds.has('budget')).toBe(prefix === 'national');
    expect(doc.openItems.map((o) => o.id)).toEqual(placeholders(doc).map((r) => r.id));
  });
});
