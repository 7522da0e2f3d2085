/**
 * `juesuan check` as design.md specifies it: text and --json output, exit codes 0/1/2,
 * several files, --prior, --rules, --all.
 */
import { writeFileSync } from 'fs';
import { join } from 'path';
import { FILES_PER_WORKER, JsonFilesWriter, defaultJobs } from '../../src/cli/check-command';
import { checkJson, figure, fixture, juesuan, tempDir, withCell, writeWorkbook } from './cli-support';

jest.setTimeout(60_000);

const SAMPLES = join(__dirname, '..', '..', 'assets', 'samples');
const sample = (name: string) => join(SAMPLES, name);
const dir = tempDir();
const clean = fixture();

/** The clean fixture with T01 收入总计 raised by 0.36 万元: an error in one file. */
async function brokenWorkbook(): Promise<string> {
  const e = figure(clean, 'T01', '收入总计', '金额');
  return writeWorkbook(dir, 'broken.xlsx', withCell(clean.sheets, e.sheet, e.address, { value: (e.fen + 360_000) / 1e6 }));
}

describe('juesuan check', () => {
  it('prints the unit, year, template, schedules and counts of a clean sample, exit 0', async () => {
    const r = await juesuan('check', sample('national-2024.xlsx'));
    expect(r.code).toBe(0);
    expect(r.out).toContain('某市科学技术局 2024年度 全国通用九表（金额单位：万元）');
    expect(r.out).toMatch(/识别到 9 张表/);
    expect(r.out).toMatch(/T07 .*三公.*（工作表“/);
    expect(r.out).toMatch(/缺少的必备表：无/);
    expect(r.out).toMatch(/审核结果：错误 0，警告 0/);
    expect(r.out).toMatch(/共 1 个文件：无错误 1 个，有错误 0 个，无法审核 0 个。/);
  });

  it('--json follows the contract of design.md', async () => {
    const { code, json } = await checkJson(sample('sichuan-2024.xlsx'));
    expect(code).toBe(0);
    expect(Object.keys(json)).toEqual(['files']);
    const [file] = json.files;
    expect(file).toMatchObject({ file: sample('sichuan-2024.xlsx'), unit: '某市科学技术局', year: 2024, template: 'sichuan2023', amountUnit: '万元', missing: [] });
    expect(file.schedules).toHaveLength(13);
    expect(file.schedules[0]).toEqual({ id: 'T01', title: '2024年度收入支出决算总表', sheet: '一 收入支出决算总表' });
    // Passes are left out without --all; a clean sample has nothing else to say.
    expect(file.findings.filter((f: any) => f.outcome === 'pass')).toEqual([]);
  });

  it('--all lists passes with amounts, and every finding has the contract fields', async () => {
    const { json } = await checkJson(sample('national-2024.xlsx'), '--all');
    const findings = json.files[0].findings;
    const r05 = findings.find((f: any) => f.rule === 'T01-R05');
    expect(r05).toMatchObject({ severity: 'info', outcome: 'pass', difference: 0, unit: '万元', schedule: 'T01' });
    expect(r05.expected).toBe(r05.actual);
    expect(r05.cells).toHaveLength(2);
    for (const f of findings) {
      expect(Object.keys(f)).toEqual(['rule', 'severity', 'outcome', 'message', 'expected', 'actual', 'difference', 'unit', 'schedule', 'cells']);
      expect(['error', 'warning', 'info']).toContain(f.severity);
      expect(['pass', 'fail', 'not_applicable', 'insufficient_data', 'error']).toContain(f.outcome);
    }
  });

  it('several files: exit 1 when one has an error, with the difference and both cells', async () => {
    const broken = await brokenWorkbook();
    const { code, json } = await checkJson(sample('national-2024.xlsx'), broken);
    expect(code).toBe(1);
    expect(json.files.map((f: any) => f.file)).toEqual([sample('national-2024.xlsx'), broken]);
    expect(json.files[0].findings.filter((f: any) => f.outcome === 'fail')).toEqual([]);
    const r05 = json.files[1].findings.find((f: any) => f.rule === 'T01-R05');
    const inc = figure(clean, 'T01', '收入总计', '金额');
    const exp = figure(clean, 'T01', '支出总计', '金额');
    expect(r05).toMatchObject({ severity: 'error', outcome: 'fail' });
    expect(Math.abs(r05.difference)).toBeCloseTo(0.36, 6);
    expect(r05.message).toMatch(/收入总计.*≠.*支出总计.*相差 0\.36 万元/);
    expect(r05.cells).toEqual(expect.arrayContaining([{ sheet: inc.sheet, address: inc.address }, { sheet: exp.sheet, address: exp.address }]));
    const text = await juesuan('check', broken);
    expect(text.out).toMatch(new RegExp(`\\[错误\\] T01-R05 .*（单元格：.*${inc.address}`));
  });

  it('--prior runs the cross-year rules: this year\'s 年初 against last year\'s 年末', async () => {
    const ok = await checkJson(sample('national-2024.xlsx'), '--prior', sample('national-2023.xlsx'), '--all');
    expect(ok.code).toBe(0);
    expect(ok.json.files[0].findings.find((f: any) => f.rule === 'Y-01')).toMatchObject({ outcome: 'pass' });
    // Last year's 年末 changed: Y-01 fails and points at this year's 年初 cell.
    const prior = fixture({ year: 2023 });
    const end = figure(prior, 'T01', '年末结转和结余', '金额');
    const priorPath = await writeWorkbook(dir, 'prior-changed.xlsx', withCell(prior.sheets, end.sheet, end.address, { value: (end.fen + 1_000_000) / 1e6 }));
    const bad = await checkJson(sample('national-2024.xlsx'), '--prior', priorPath);
    const y01 = bad.json.files[0].findings.find((f: any) => f.rule === 'Y-01');
    const opening = figure(clean, 'T01', '年初结转和结余', '金额');
    expect(y01).toMatchObject({ outcome: 'fail', severity: 'error' });
    expect(y01.cells).toContainEqual({ sheet: opening.sheet, address: opening.address });
    expect(bad.code).toBe(1);
  });

  it('--rules: a department pack replaces a built-in rule and adds its own', async () => {
    const pack = join(dir, 'dept.json');
    writeFileSync(pack, JSON.stringify({
      id: 'dept', template: 'any', description: '本单位规则',
      rules: [
        { id: 'T01-R05', kind: 'equals', severity: 'warning', title: '收入总计 = 支出总计（本单位作为提示）',
          left: { schedule: 'T01', row: '收入总计', col: '金额' }, right: { schedule: 'T01', row: '支出总计', col: '金额' } },
        { id: 'D-01', kind: 'less-or-equal', title: '项目支出不超过基本支出',
          left: { schedule: 'T03', row: '合计', col: '项目支出' }, right: { schedule: 'T03', row: '合计', col: '基本支出' } },
        { id: 'T07-R02b', disabled: true },
      ],
    }));
    const broken = await brokenWorkbook();
    const { json } = await checkJson(broken, '--rules', pack, '--all');
    const findings = json.files[0].findings;
    expect(findings.find((f: any) => f.rule === 'T01-R05')).toMatchObject({ severity: 'warning', outcome: 'fail' });
    expect(findings.filter((f: any) => f.rule === 'D-01')).toHaveLength(1);
    expect(findings.filter((f: any) => f.rule === 'T07-R02b')).toEqual([]);
  });

  it('usage errors exit 2 with the help text', async () => {
    for (const argv of [['check'], ['check', '--nonsense', 'a.xlsx'], ['frobnicate']]) {
      const r = await juesuan(...argv);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/用法：/);
    }
  });
});

describe('juesuan check: output written file by file', () => {
  it('lays out the streamed --json exactly as one JSON.stringify of the whole result', async () => {
    const files = [join(__dirname, '../../assets/samples/national-2024.xlsx'), join(__dirname, '../../assets/samples/sichuan-2024.xlsx')];
    const r = await juesuan('check', '--json', ...files);
    expect(r.out).toBe(`${JSON.stringify(JSON.parse(r.out), null, 2)}\n`);
  });

  it('writes an empty file list as JSON too', async () => {
    const writeJsonEntries = (entries: unknown[]) => {
      let out = '';
      const w = new JsonFilesWriter({ out: (t) => (out += t), err: () => undefined });
      entries.forEach((e) => w.add(e));
      w.end();
      return out;
    };
    expect(writeJsonEntries([])).toBe(`${JSON.stringify({ files: [] }, null, 2)}\n`);
    expect(writeJsonEntries([{ a: [1, { b: 'x\ny' }] }, { c: null }])).toBe(`${JSON.stringify({ files: [{ a: [1, { b: 'x\ny' }] }, { c: null }] }, null, 2)}\n`);
  });
});

describe('juesuan check: the default of --jobs', () => {
  it('gives a worker per FILES_PER_WORKER files, at least one job and at most the cores', () => {
    expect(defaultJobs(1, 8)).toBe(1);
    expect(defaultJobs(FILES_PER_WORKER - 1, 8)).toBe(1);
    expect(defaultJobs(2 * FILES_PER_WORKER, 8)).toBe(2);
    expect(defaultJobs(2 * FILES_PER_WORKER, 2)).toBe(2);
    expect(defaultJobs(20 * FILES_PER_WORKER, 2)).toBe(2);
    expect(defaultJobs(20 * FILES_PER_WORKER, 1)).toBe(1);
  });
});
