/**
 * One stored-data document for every surface: what the pane saves in the preview's downloaded
 * copy is read by the command line and by the Excel host, and what the Excel host writes is
 * read by the preview; the same workbook and stored data give the same findings and report.
 */
import { readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import { paragraphText } from '../../src/core/narrative';
import { findingKey } from '../../src/core/rules/finding-key';
import { openSession } from '../../src/core/session';
import { storedToXml } from '../../src/core/stored';
import { readWorkbookBuffer } from '../../src/hosts/xlsx/read-buffer';
import { workbookCopy } from '../../src/preview/download-copy';
import { PreviewHost } from '../../src/preview/preview-host';
import { PaneStore } from '../../src/taskpane/store/pane-store';
import { juesuan, tempDir } from '../cli/cli-support';
import { fakeWith, hostOn } from '../hosts/excel/helpers';
import { withCustomXmlPart } from '../hosts/xlsx/custom-xml-part';

jest.setTimeout(120_000);

const SAMPLES = join(__dirname, '..', '..', 'assets', 'samples');
const bytesOf = (name: string) => new Uint8Array(readFileSync(join(SAMPLES, name)));
const picked = (name: string) => {
  const b = bytesOf(name);
  return { name, arrayBuffer: async () => b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer };
};
const REASON = '新增重点实验室建设经费';
const UNIT = '某市科学技术局（本级）';
const brief = (f: { rule: string; severity: string; cells: { sheet: string; address: string }[] }) => `${f.rule} ${f.severity} ${f.cells.map((c) => `${c.sheet}!${c.address}`).join(',')}`;

describe('stored data across surfaces', () => {
  const dir = tempDir();
  let copyFile: string;
  let store: PaneStore;

  beforeAll(async () => {
    // The preview: open this year's sample, import last year's, type a reason, an explanation, a unit name.
    const host = new PreviewHost('national-2024.xlsx', bytesOf('national-2024.xlsx'));
    store = new PaneStore(host, { now: () => new Date('2025-03-01T08:00:00Z') });
    await store.start();
    await store.importPrior(picked('national-2023.xlsx'));
    const finding = store.getState().session!.findings.find((f) => f.outcome !== 'pass')!;
    await store.saveExplanation(findingKey(finding), '已与财务核对。');
    await store.saveReason('reason:收支总计', REASON);
    await store.setOverrides({ unitName: UNIT });
    await store.saved();
    copyFile = join(dir, 'national-2024-含说明.xlsx');
    writeFileSync(copyFile, await workbookCopy(host.bytes, (await host.loadStored()).data, host.ownedSheets()));
  });

  it('juesuan narrative on the downloaded copy, with no flags, shows the reason and the override', async () => {
    const r = await juesuan('narrative', copyFile);
    expect(r.code).toBe(0);
    expect(r.out).toContain(`2024年度${UNIT}决算情况说明`);
    expect(r.out).toContain(`主要变动原因是${REASON}。`);
    expect(r.out).toMatch(/与2023年相比/);
    // The same report; only the open items say what to do where (the pane: click; here: the 补充信息 row).
    const body = (text: string) => text.split('\n待补充事项')[0];
    const pane = (await import('../../src/render/text')).renderText(store.getState().session!.report().document);
    expect(body(r.out)).toBe(body(pane));
    expect(pane).toContain('点击填写');
    expect(r.out).not.toContain('点击填写');
  });

  it('juesuan check on the copy gives the pane\'s findings, the cross-year rules included', async () => {
    const r = await juesuan('check', '--json', '--all', copyFile);
    const cli = JSON.parse(r.out).files[0].findings.map(brief).sort();
    const pane = store.getState().session!.findings.map(brief).sort();
    expect(cli).toEqual(pane);
    expect(pane.some((f) => f.startsWith('Y-01'))).toBe(true);
  });

  it('the Excel host (fake object model) reads the copy\'s stored data, and the preview reads what Excel wrote', async () => {
    const source = await readWorkbookBuffer(new Uint8Array(readFileSync(copyFile)), 'copy.xlsx');
    const fake = fakeWith(source.sheets);
    const excel = hostOn(fake);
    const read = await excel.loadStored();
    expect(read.origin).toBe('sheet');
    expect(read.data.reasons['reason:收支总计']?.text).toBe(REASON);
    expect(read.data.settings.unitName).toBe(UNIT);
    expect(Object.values(read.data.annotations).map((a) => a.explanation)).toEqual(['已与财务核对。']);
    const inExcel = openSession(await excel.readWorkbook(), read.data);
    expect(paragraphText(inExcel.report().document.sections[0].paragraphs[0])).toContain(REASON);

    // Excel saves (a custom XML part); the file then opens in the preview with that data.
    const saved = await excel.saveStored({ ...read.data, reasons: { 'reason:收支总计': { text: '在 Excel 中改写的原因', updatedAt: 'x' } } });
    const part = fake.model.customXmlParts[0];
    const reopened = new PreviewHost('from-excel.xlsx', await withCustomXmlPart(new Uint8Array(readFileSync(copyFile)), part.xml));
    expect((await reopened.loadStored()).data).toEqual(saved);
    expect(part.xml).toBe(storedToXml(saved));
  });
});
