import { checkWorkbook } from '../../../src/core/check';
import type { WorkbookSource } from '../../../src/core/grid/sheet-grid';
import { getValue } from '../../../src/core/schedules/model';
import { modelFromJson } from '../../../src/core/schedules/model-codec';
import { recogniseWorkbook } from '../../../src/core/schedules/recognise';
import { withCellBumped } from '../../integration/support';
import { gridFromRows } from '../../../src/core/grid/sheet-grid';
import { openSession, priorFromSource } from '../../../src/core/session';
import { emptyStored } from '../../../src/core/stored';
import { renderText } from '../../../src/render/text';
import { priorView, reviewView } from '../../../src/taskpane/store/selectors';
import { picked, sampleSource, setup } from './support';

const crossYear = (rule: string) => /^Y-0[123]/.test(rule);
const brief = (f: { rule: string; severity: string; outcome: string; cells: { sheet: string; address: string }[] }) => ({ rule: f.rule, severity: f.severity, outcome: f.outcome, cells: f.cells });

describe('PaneStore: last year\'s workbook', () => {
  it('after importing last year\'s workbook the cross-year rules run exactly as check --prior runs them', async () => {
    const source = await sampleSource('national-2024.xlsx');
    // Last year's closing balance off by 10万元, so Y-01 (年初 = 上年年末) fails.
    const sample = await sampleSource('national-2023.xlsx');
    const closing = getValue(recogniseWorkbook(sample), 'T01', '年末结转和结余', '金额')!.ref;
    const priorSource: WorkbookSource = { file: 'national-2023.xlsx', sheets: withCellBumped(sample.sheets, closing.sheet, closing.address, 10) };
    const { host, store } = setup(source, async () => priorSource);
    await store.start();
    const before = reviewView(store.getState())!.findings.filter((f) => crossYear(f.rule));
    expect(before.every((f) => f.outcome === 'insufficient_data' || f.outcome === 'not_applicable')).toBe(true);

    await store.importPrior(picked('national-2023.xlsx'));
    const state = store.getState();
    expect(state.prior).toEqual({ busy: false });
    expect(priorView(state).info).toMatchObject({ fileName: 'national-2023.xlsx', year: 2023 });
    const prior = recogniseWorkbook(priorSource);
    const expected = checkWorkbook(source, { prior }).findings.filter((f) => crossYear(f.rule)).map(brief);
    const shown = state.session!.findings.filter((f) => crossYear(f.rule)).map(brief);
    expect(shown).toEqual(expected);
    expect(shown.filter((f) => f.outcome === 'fail').length).toBeGreaterThan(0);
    // Kept in the workbook: a new pane on it compares with it too.
    expect(modelFromJson(host.stored.prior!.model).year).toBe(2023);
    const again = setup(source);
    again.host.stored = host.stored;
    await again.store.start();
    expect(again.store.getState().session!.findings.filter((f) => crossYear(f.rule)).map(brief)).toEqual(expected);
  });

  it('refuses a workbook of the wrong year and keeps none', async () => {
    const { host, store } = setup(await sampleSource('national-2024.xlsx'));
    await store.start();
    await store.importPrior(picked('national-2024.xlsx'));
    expect(store.getState().prior.error).toBe('未导入“national-2024.xlsx”：上年决算表是2024年度的，本年决算表是2024年度的：应为2023年度。');
    expect(host.stored.prior).toBeUndefined();
  });

  it('removes last year\'s workbook, and reports a file that is not a workbook in Chinese', async () => {
    const { host, store } = setup(await sampleSource('national-2024.xlsx'));
    await store.start();
    await store.importPrior(picked('national-2023.xlsx'));
    await store.importPrior(picked('notes.xlsx', new TextEncoder().encode('hello, not a zip')));
    expect(store.getState().prior.error).toMatch(/notes\.xlsx/);
    expect(priorView(store.getState()).info?.fileName).toBe('national-2023.xlsx');
    await store.removePrior();
    expect(host.stored.prior).toBeUndefined();
    expect(store.getState().session?.prior).toBeUndefined();
  });

  it('says why a stored prior is not used (another year), and offers to remove it', async () => {
    const source = await sampleSource('national-2024.xlsx');
    const { host, store } = setup(source);
    const { modelToJson } = await import('../../../src/core/schedules/model-codec');
    host.stored.prior = { model: modelToJson(recogniseWorkbook(source)) };
    await store.start();
    expect(priorView(store.getState()).problem).toBe('工作簿中保存的上年数据未使用：上年决算表是2024年度的，本年决算表是2024年度的：应为2023年度。');
    expect(store.getState().session?.prior).toBeUndefined();
  });
});

const PACK = JSON.stringify({
  id: 'dept',
  description: '本单位规则',
  rules: [{ id: 'D-01', kind: 'equals', severity: 'error', title: '收入总计等于本年收入合计（测试规则）', left: { schedule: 'T01', row: '收入总计', col: '金额' }, right: { schedule: 'T01', row: '本年收入合计', col: '金额' } }],
});

describe('PaneStore: department rule packs', () => {
  it('loads a pack, keeps it in the workbook and applies it; removing it stops it', async () => {
    const { host, store } = setup(await sampleSource('national-2024.xlsx'));
    await store.start();
    await store.addPack(picked('dept.json', new TextEncoder().encode(PACK)));
    expect(store.getState().packs).toEqual({ busy: false });
    expect(host.stored.packs.map((p) => p.name)).toEqual(['dept.json']);
    expect(store.getState().session?.storedPacks).toEqual([{ name: 'dept.json', rules: 1 }]);
    expect(store.getState().session?.findings.find((f) => f.rule === 'D-01')?.outcome).toBe('fail');
    await store.removePack('dept.json');
    expect(host.stored.packs).toEqual([]);
    expect(store.getState().session?.findings.some((f) => f.rule === 'D-01')).toBe(false);
  });

  it('refuses an invalid pack with the command line\'s message, storing nothing', async () => {
    const { host, store } = setup(await sampleSource('national-2024.xlsx'));
    await store.start();
    await store.addPack(picked('bad.json', new TextEncoder().encode('{"id": "x", "rules": [{"id": "Q", "kind": "nope"}]}')));
    expect(store.getState().packs.error).toMatch(/^规则包“bad\.json”/);
    expect(host.stored.packs).toEqual([]);
    await store.addPack(picked('broken.json', new TextEncoder().encode('{not json')));
    expect(store.getState().packs.error).toMatch(/^规则包“broken\.json”不是有效的 JSON/);
  });
});

describe('PaneStore: last year\'s 补充信息', () => {
  it('is kept with last year\'s workbook, so the report compares the typed 机关运行经费 as --prior does', async () => {
    const source = await sampleSource('national-2024.xlsx');
    const sample = await sampleSource('national-2023.xlsx');
    const typed = gridFromRows('补充信息', [['项目', '内容'], ['机关运行经费（万元）', '12.34']]);
    const priorSource: WorkbookSource = { file: 'national-2023.xlsx', sheets: [...sample.sheets, typed] };
    const { host, store } = setup(source, async () => priorSource);
    await store.start();
    await store.importPrior(picked('national-2023.xlsx'));
    expect(host.stored.prior?.supplement).toContain('12.34');
    // The same report as --prior gives; only the open items' wording is the pane's own.
    const viaCli = openSession(source, emptyStored(), { prior: priorFromSource(priorSource), openItemHints: { prior: '在设置中导入上年决算表', fill: '点击填写' } });
    const again = setup(source);
    again.host.stored = host.stored;
    await again.store.start();
    const text = renderText(again.store.getState().session!.report().document);
    expect(text).toBe(renderText(viaCli.report().document));
    // Without last year's 补充信息 the comparison would take T06's 公用经费 instead.
    const withoutTyped = openSession(source, emptyStored(), { prior: { model: priorFromSource(priorSource).model }, openItemHints: { prior: '在设置中导入上年决算表', fill: '点击填写' } });
    expect(text).not.toBe(renderText(withoutTyped.report().document));
  });
});
