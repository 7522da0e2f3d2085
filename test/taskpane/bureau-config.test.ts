import { parseRulePack } from '../../src/core/rules/pack-format';
import { openSession } from '../../src/core/session';
import { emptyStored, withPacks, withSettings } from '../../src/core/stored';
import { BureauSetup, FetchBytes, bureauLine, loadBureauSetup, parseBureauConfig } from '../../src/taskpane/bureau-config';
import { PaneStore } from '../../src/taskpane/store/pane-store';
import { FakeHost } from './fake-host';
import { NOW, sampleSource } from './store/support';

const BASE = 'https://addin.czj.example.gov.cn/juesuan/config.json';
const encode = (text: string) => new TextEncoder().encode(text);
/** A rule that fails on the national sample: its 收入总计 includes 年初结转和结余, so it exceeds 本年收入合计. */
const PACK = {
  id: '某市财政局-2025',
  template: 'any',
  rules: [{ id: 'BUREAU-01', kind: 'equals', severity: 'warning', left: { schedule: 'T01', row: '收入总计', col: '金额' }, right: { schedule: 'T01', row: '本年收入合计', col: '金额' } }],
};

/** A server holding these files beside config.json; every other path is a 404. */
function server(files: Record<string, string>): { fetch: FetchBytes; asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    fetch: async (url) => {
      asked.push(url);
      const name = decodeURIComponent(new URL(url).pathname.split('/').pop()!);
      return files[name] === undefined ? undefined : encode(files[name]);
    },
  };
}

describe('config.json', () => {
  it('absent: nothing configured, nothing to say', async () => {
    expect(await loadBureauSetup(server({}).fetch, BASE)).toEqual({});
  });

  it('names the bureau, its template (whose style is the default) and its pack beside it', async () => {
    const s = server({ 'config.json': JSON.stringify({ bureau: '某市财政局', template: 'sichuan2023', pack: '某市财政局规则.json' }), '某市财政局规则.json': JSON.stringify(PACK) });
    const setup = await loadBureauSetup(s.fetch, BASE);
    expect(setup.problem).toBeUndefined();
    expect(setup.config).toEqual({ bureau: '某市财政局', template: 'sichuan2023', pack: '某市财政局规则.json' });
    expect(setup.defaults?.settings).toEqual({ style: 'sichuan' });
    expect(setup.defaults?.packs?.map((p) => p.id)).toEqual(['某市财政局-2025']);
    expect(s.asked[1]).toBe(new URL('某市财政局规则.json', BASE).href);
    expect(bureauLine(setup)).toBe('由 某市财政局 统一配置：模板“四川2023年起十三表”，说明样式“四川”，规则包“某市财政局规则.json”（1 条规则）。工作簿中保存的设置和规则包优先。');
  });

  it('an explicit style wins over the template’s', async () => {
    const setup = await loadBureauSetup(server({ 'config.json': JSON.stringify({ bureau: '某市财政局', template: 'sichuan2023', style: 'national' }) }).fetch, BASE);
    expect(setup.defaults?.settings).toEqual({ style: 'national' });
  });

  it.each([
    ['{"bureau": "某市财政局",', 'config.json 不是有效的 JSON 文件'],
    ['[]', 'config.json 应为一个对象'],
    ['{"template": "national"}', 'config.json 缺少财政局名称（bureau）'],
    ['{"bureau": "某市财政局", "templte": "national"}', 'config.json 中有不认识的项目：templte'],
    ['{"bureau": "某市财政局", "template": "shanghai"}', '模板（template）“shanghai”不存在'],
    ['{"bureau": "某市财政局", "style": "beijing"}', '说明样式（style）“beijing”不存在'],
    ['{"bureau": "某市财政局", "pack": "rules.txt"}', '规则包（pack）应为 .json 文件名'],
  ])('malformed %s: a plain Chinese notice, nothing used', async (text, message) => {
    expect(() => parseBureauConfig(text)).toThrow(message);
    const setup = await loadBureauSetup(server({ 'config.json': text }).fetch, BASE);
    expect(setup).toEqual({ problem: expect.stringContaining(message) });
    expect(setup.problem).toMatch(/^财政局统一配置未使用：/);
  });

  it('a pack that is missing or invalid: the rest is used, and the notice says why', async () => {
    const missing = await loadBureauSetup(server({ 'config.json': JSON.stringify({ bureau: '某市财政局', pack: 'gone.json' }) }).fetch, BASE);
    expect(missing).toMatchObject({ config: { bureau: '某市财政局' }, problem: '财政局统一配置的规则包未使用：找不到规则包文件“gone.json”（应放在 config.json 旁边）。' });
    expect(missing.defaults?.packs).toBeUndefined();
    const bad = await loadBureauSetup(server({ 'config.json': JSON.stringify({ bureau: '某市财政局', pack: 'bad.json' }), 'bad.json': '{"id": 1}' }).fetch, BASE);
    expect(bad.problem).toMatch(/^财政局统一配置的规则包未使用：.*bad\.json/);
    expect(bureauLine(bad)).toBe('由 某市财政局 统一配置。工作簿中保存的设置和规则包优先。');
  });

  it('a server that fails: a notice, never a crash', async () => {
    const setup = await loadBureauSetup(async () => {
      throw new TypeError('Failed to fetch');
    }, BASE);
    expect(setup).toEqual({ problem: '财政局统一配置未使用：Failed to fetch' });
  });
});

describe('the bureau’s defaults in the session', () => {
  const defaults = { settings: { style: 'sichuan' }, packs: [parseRulePack(PACK, 'bureau.json')] };

  it('apply when the workbook stores nothing, below what it stores', async () => {
    const source = await sampleSource('national-2024.xlsx');
    const plain = openSession(source, emptyStored(), { defaults });
    expect(plain.settings.style).toBe('sichuan');
    expect(plain.findings.find((f) => f.rule === 'BUREAU-01')).toMatchObject({ outcome: 'fail', severity: 'warning' });
    expect(plain.notices.map((n) => n.text)).toContain('使用财政局统一配置的规则包：某市财政局-2025');
    // The workbook's own style and packs win; --style-like given settings win over both.
    const own = withPacks(withSettings(emptyStored(), { style: 'national' }), [
      { name: 'dept.json', text: JSON.stringify({ id: 'dept', template: 'any', rules: [{ id: 'BUREAU-01', disabled: true }] }), addedAt: NOW.toISOString() },
    ]);
    const stored = openSession(source, own, { defaults });
    expect(stored.settings.style).toBe('national');
    expect(stored.findings.some((f) => f.rule === 'BUREAU-01')).toBe(false);
    expect(openSession(source, own, { defaults, settings: { style: 'sichuan' } }).settings.style).toBe('sichuan');
  });

  it('a bureau pack the workbook already stores (a blank made with it) is applied once, as stored', async () => {
    const source = await sampleSource('national-2024.xlsx');
    const stored = withPacks(emptyStored(), [{ name: 'bureau.json', text: JSON.stringify(PACK), addedAt: NOW.toISOString() }]);
    const s = openSession(source, stored, { defaults });
    expect(s.packs.map((p) => p.id)).toEqual(['某市财政局-2025']);
    expect(s.notices.map((n) => n.text).join('\n')).not.toContain('财政局统一配置');
  });

  it('the pane waits for config.json before its first check, and shows a malformed one as a notice', async () => {
    const source = await sampleSource('national-2024.xlsx');
    const configured: BureauSetup = { config: { bureau: '某市财政局' }, defaults };
    const store = new PaneStore(new FakeHost(source), { now: () => NOW, writeDelayMs: 0, bureau: Promise.resolve(configured) });
    await store.start();
    expect(store.getState().bureau).toBe(configured);
    expect(store.getState().session!.settings.style).toBe('sichuan');
    expect(store.getState().session!.findings.some((f) => f.rule === 'BUREAU-01')).toBe(true);
    // A change of the stored data re-opens the session with the defaults still below it.
    await store.setOverrides({ style: 'national' });
    await store.saved();
    expect(store.getState().session!.settings.style).toBe('national');
    expect(store.getState().session!.findings.some((f) => f.rule === 'BUREAU-01')).toBe(true);

    const broken = new PaneStore(new FakeHost(source), { now: () => NOW, writeDelayMs: 0, bureau: Promise.resolve({ problem: '财政局统一配置未使用：config.json 不是有效的 JSON 文件，请检查括号、引号和逗号。' }) });
    await broken.start();
    expect(broken.getState().phase).toBe('ready');
    expect(broken.getState().notice).toMatchObject({ intent: 'warning', title: '财政局统一配置未能全部使用' });
    expect(broken.getState().session!.settings.style).toBe('national');
  });
});
