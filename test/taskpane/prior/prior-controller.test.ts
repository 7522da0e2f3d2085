import { readFileSync } from 'fs';
import { join } from 'path';
import { modelFromJson } from '../../../src/core/schedules/model-codec';
import { PRIOR_DATA, PriorController, priorYearWarning } from '../../../src/taskpane/prior';
import { MemoryHost } from './memory-host';

const SAMPLES = join(__dirname, '..', '..', '..', 'assets', 'samples');
const file = (name: string, bytes: Uint8Array = new Uint8Array(readFileSync(join(SAMPLES, name)))) => ({
  name,
  arrayBuffer: async () => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
});

describe('PriorController', () => {
  it('imports last year\'s sample, keeps it in the workbook, and a new pane restores it', async () => {
    const host = new MemoryHost();
    const controller = new PriorController(host);
    await controller.load();
    expect(controller.getState()).toEqual({ busy: false, prior: undefined, info: undefined, error: undefined });
    let notified = 0;
    controller.subscribe(() => notified++);
    await controller.importFile(file('national-2023.xlsx'));
    const state = controller.getState();
    expect(state.error).toBeUndefined();
    expect(state.info).toMatchObject({ fileName: 'national-2023.xlsx', year: 2023 });
    expect(state.info?.unitName).toBeTruthy();
    expect(state.prior?.schedules.has('T01')).toBe(true);
    expect(notified).toBe(2);
    const stored = host.data.get(PRIOR_DATA) ?? '';
    expect(modelFromJson(stored)).toEqual(state.prior);

    const reopened = new PriorController(host);
    await reopened.load();
    expect(reopened.getState().prior).toEqual(state.prior);
    expect(reopened.getState().info).toEqual(state.info);
  });

  it('removes the prior and keeps nothing in the workbook', async () => {
    const host = new MemoryHost();
    const controller = new PriorController(host);
    await controller.importFile(file('national-2023.xlsx'));
    await controller.remove();
    expect(controller.getState().prior).toBeUndefined();
    expect(host.data.get(PRIOR_DATA)).toBe('');
    const reopened = new PriorController(host);
    await reopened.load();
    expect(reopened.getState().prior).toBeUndefined();
  });

  it('reports a file that is not a workbook in Chinese and keeps the earlier prior', async () => {
    const host = new MemoryHost();
    const controller = new PriorController(host);
    await controller.importFile(file('national-2023.xlsx'));
    await controller.importFile(file('notes.xlsx', new TextEncoder().encode('hello, not a zip')));
    expect(controller.getState().error).toMatch(/notes\.xlsx/);
    expect(controller.getState().info?.fileName).toBe('national-2023.xlsx');
  });

  it('says when the stored data cannot be read or saved', async () => {
    const host = new MemoryHost();
    host.data.set(PRIOR_DATA, '{"kind":"juesuan-workbook-model","version":99}');
    const controller = new PriorController(host);
    await controller.load();
    expect(controller.getState().error).toBe('保存的上年决算数据无法读取（数据版本 99 与本版本（1）不符），请重新导入上年决算表。');
    host.failSave = new Error('read-only');
    await controller.importFile(file('national-2023.xlsx'));
    expect(controller.getState().error).toBe('出现意外错误：read-only');
    expect(controller.getState().prior).toBeUndefined();
  });
});

describe('priorYearWarning', () => {
  it('warns unless the prior is of the year before', () => {
    expect(priorYearWarning(2023, 2024)).toBeUndefined();
    expect(priorYearWarning(2024, 2024)).toBe('导入的是 2024 年度的决算表，而本工作簿是 2024 年度；上年数应来自 2023 年度。');
    expect(priorYearWarning(undefined, 2024)).toBe('未能从导入的决算表中识别年度，请确认它是 2023 年度的决算表。');
    expect(priorYearWarning(2020, undefined)).toBeUndefined();
  });
});
