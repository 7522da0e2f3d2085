/**
 * PaneStore's verify slice: a pasted report or a report file checked through the pane's one
 * session (the findings `juesuan verify` gives for the same workbook), checked again when the
 * session is opened again, and a clear message for what cannot be checked.
 */
import { Document, Packer, Paragraph, TextRun } from 'docx';
import { openSession } from '../../../src/core/session';
import { emptyStored } from '../../../src/core/stored';
import { reportParagraphs } from '../../../src/hosts/report-text';
import { loadPdfJsNode } from '../../../src/hosts/report-text/pdfjs-node';
import { PaneStore } from '../../../src/taskpane/store/pane-store';
import { bump, draft, inject } from '../../core/verify/drafts';
import { FakeHost } from '../fake-host';
import { NOW, picked } from './support';

const d = draft('national');
const source = { file: 'fake.xlsx', sheets: d.sheets };
/** 本年收入合计 one fen too high. */
const wrong = inject(d, /本年收入合计(\d+\.\d+)万元/, (_m, n) => `本年收入合计${bump(n)}万元`);

function setup() {
  const host = new FakeHost(source);
  const store = new PaneStore(host, { debounceMs: 5, now: () => NOW, reportReader: (bytes, name) => reportParagraphs(bytes, name, loadPdfJsNode) });
  return { host, store };
}

const gist = (r: { findings: { kind: string; severity: string; stated?: string; expected?: string; sentence: string }[] } | undefined) =>
  r?.findings.map((f) => [f.kind, f.severity, f.stated, f.expected, f.sentence]);

describe('PaneStore: the verify slice', () => {
  it('checks pasted text through the session: the injected amount is an error, as the session alone finds it', async () => {
    const { store, host } = setup();
    await store.start();
    store.verifyText(wrong.join('\n'));
    const { verify } = store.getState();
    expect(verify.error).toBeUndefined();
    expect(verify.report?.name).toBe('粘贴的文本');
    const amount = verify.result?.findings.find((f) => f.kind === 'amount' && f.severity === 'error');
    expect(amount?.sentence).toContain(`本年收入合计${bump(/本年收入合计(\d+\.\d+)万元/.exec(d.paragraphs.join('\n'))![1])}万元`);
    expect(gist(verify.result)).toEqual(gist(openSession(source, emptyStored()).verify(wrong)));
    await store.select(amount!.cells);
    expect(host.selected).toEqual([amount!.cells]);
  });

  it('reads a Word file and finds the same as in the pasted text', async () => {
    const { store } = setup();
    await store.start();
    store.verifyText(wrong.join('\n'));
    const pasted = gist(store.getState().verify.result);
    const doc = new Document({ sections: [{ children: wrong.map((p) => new Paragraph({ children: [new TextRun(p)] })) }] });
    await store.verifyFile(picked('报告.docx', new Uint8Array(await Packer.toBuffer(doc))));
    const { verify } = store.getState();
    expect(verify.report?.name).toBe('报告.docx');
    expect(verify.busy).toBe(false);
    expect(gist(verify.result)).toEqual(pasted);
  });

  it('says in Chinese when nothing was pasted or the file cannot be read, naming the file', async () => {
    const { store } = setup();
    await store.start();
    store.verifyText('  \n');
    expect(store.getState().verify.error).toContain('请先粘贴');
    await store.verifyFile(picked('报告.docx', new TextEncoder().encode('不是压缩包')));
    expect(store.getState().verify.error).toMatch(/报告文件“报告\.docx”无法读取/);
    expect(store.getState().verify.busy).toBe(false);
  });

  it('checks the report again on a new session, and refuses while the workbook is not checked', async () => {
    const { store, host } = setup();
    store.verifyText(wrong.join('\n'));
    expect(store.getState().verify.error).toContain('请先在“审核”页点击“检查”');
    await store.start();
    // The report kept from before is checked as soon as the session is there.
    const first = store.getState().verify.result;
    expect(first?.findings.some((f) => f.kind === 'amount')).toBe(true);
    host.source = { file: 'fake.xlsx', sheets: draft('national').sheets };
    await store.check();
    expect(store.getState().verify.result).not.toBe(first);
    expect(gist(store.getState().verify.result)).toEqual(gist(first));
  });
});
