import { WorkbookUnreadableError } from '../../../src/core/errors';
import { findingKey } from '../../../src/core/rules/finding-key';
import { RESULTS_SHEET } from '../../../src/taskpane/store/pane-store';
import { reviewView } from '../../../src/taskpane/store/selectors';
import { buildFixture } from '../../factories';
import { withCellBumped } from '../../integration/support';
import { NOW, setup, sleep } from './support';

const fixture = buildFixture();
const source = { file: 'fake.xlsx', sheets: fixture.sheets };
/** T07 因公出国（境）费 决算数 over its budget (and the total kept in step): one warning. */
const withWarning = {
  file: 'fake.xlsx',
  sheets: withCellBumped(withCellBumped(fixture.sheets, '一般公共预算财政拨款三公经费支出决算表', 'D7', 5), '一般公共预算财政拨款三公经费支出决算表', 'B7', 5),
};
const WARNING_KEY = 'T07-R02b@一般公共预算财政拨款三公经费支出决算表!C7,一般公共预算财政拨款三公经费支出决算表!D7';
const AT = NOW.toISOString();

describe('PaneStore: the review slice', () => {
  it('reads, checks and shows the review; the stored data is loaded once', async () => {
    const { host, store, phases } = setup(source);
    host.stored.annotations = { K: { explanation: '旧说明', updatedAt: AT } };
    await store.start();
    const s = store.getState();
    expect(phases).toEqual(['reading', 'checking', 'ready']);
    expect(reviewView(s)?.schedules).toHaveLength(9);
    expect(s.stored.annotations).toEqual({ K: { explanation: '旧说明', updatedAt: AT } });
    await store.check();
    expect(host.reads).toBe(2);
    expect(host.storedLoads).toBe(1);
  });

  it('derives the review once per session, not once per render', async () => {
    const { store } = setup(source);
    await store.start();
    expect(reviewView(store.getState())).toBe(reviewView(store.getState()));
  });

  it('shows a failed read as a MessageBar text and clears the old review', async () => {
    const { host, store } = setup(source);
    await store.check();
    host.failRead = new WorkbookUnreadableError('文件“fake.xlsx”已损坏或不完整。');
    await store.check();
    const s = store.getState();
    expect(s.phase).toBe('failed');
    expect(reviewView(s)).toBeUndefined();
    expect(s.error).toEqual({ intent: 'error', title: '无法读取工作簿', body: '文件“fake.xlsx”已损坏或不完整。' });
    host.failRead = undefined;
    await store.check();
    expect(store.getState().error).toBeUndefined();
  });

  it('runs one more check when asked during a check, not one per request', async () => {
    const { host, store } = setup(source);
    host.hold = true;
    const first = store.check();
    expect(store.check()).toBe(first);
    expect(store.check()).toBe(first);
    await sleep(0);
    host.release();
    await first;
    expect(host.reads).toBe(2);
  });

  it('re-checks once after a burst of changes, and not at all with automatic re-check off', async () => {
    const { host, store } = setup(source);
    await store.start();
    host.change();
    host.change();
    host.change();
    await sleep(30);
    await store.check();
    expect(host.reads).toBe(3); // start, the burst, the explicit check above
    store.setAutoRecheck(false);
    host.change();
    await sleep(30);
    expect(host.reads).toBe(3);
    store.dispose();
    expect(host.stopped).toBe(true);
  });

  it('saves an explanation and an ignore mark made together in one write', async () => {
    const { host, store } = setup(withWarning);
    await store.start();
    const warning = reviewView(store.getState())?.findings.find((f) => f.outcome === 'fail');
    expect(warning?.rule).toBe('T07-R02b');
    expect(findingKey(warning!)).toBe(WARNING_KEY);
    await Promise.all([store.saveExplanation(WARNING_KEY, '本年出访任务增加。'), store.setIgnored('X@表1!A1', true)]);
    expect(host.saves).toHaveLength(1);
    expect(host.stored.annotations).toEqual({
      [WARNING_KEY]: { explanation: '本年出访任务增加。', updatedAt: AT },
      'X@表1!A1': { ignored: true, updatedAt: AT },
    });
    expect(store.getState().saving).toBe(false);
    expect(store.getState().session?.annotation(warning!)).toEqual({ explanation: '本年出访任务增加。', updatedAt: AT });
  });

  it('ignores an error only with a reason, kept as its explanation; a warning needs none', async () => {
    const broken = { file: 'fake.xlsx', sheets: withCellBumped(fixture.sheets, '收入支出决算总表', 'B6', 1) };
    const { host, store } = setup(broken);
    await store.start();
    const error = reviewView(store.getState())!.findings.find((f) => f.outcome === 'fail' && f.severity === 'error')!;
    const key = findingKey(error);
    await store.setIgnored(key, true);
    await store.setIgnored(key, true, '   ');
    expect(host.saves).toHaveLength(0);
    expect(store.getState().notice?.title).toBe('请填写忽略原因');
    await store.setIgnored(key, true, ' 上级补助收入已更正。 ');
    expect(host.stored.annotations[key]).toEqual({ ignored: true, explanation: '上级补助收入已更正。', updatedAt: AT });
    // Taking the mark back needs no reason; the reason stays on record.
    await store.setIgnored(key, false);
    expect(host.stored.annotations[key]).toEqual({ explanation: '上级补助收入已更正。', updatedAt: AT });
  });

  it('says what an export holds: the real problems apart from the rules that do not apply', async () => {
    const { host, store } = setup(withWarning);
    await store.start();
    await store.exportFindings();
    const rows = host.written[0].rows;
    const notApplicable = rows.filter((r) => r[3] === '不适用').length;
    expect(notApplicable).toBeGreaterThan(0);
    expect(store.getState().notice?.body).toBe(`导出 ${rows.length - 1 - notApplicable} 条问题（另有 ${notApplicable} 条不适用），已写入工作表“${RESULTS_SHEET}”。`);
  });

  it('keeps the other slices when saves of different tabs overlap (one queue)', async () => {
    const { host, store } = setup(withWarning);
    await store.start();
    await Promise.all([store.saveExplanation(WARNING_KEY, '说明'), store.saveReason('reason:收支总计', '科研经费增加'), store.setOverrides({ unitName: '某局' })]);
    expect(host.stored.annotations[WARNING_KEY]?.explanation).toBe('说明');
    expect(host.stored.reasons['reason:收支总计']?.text).toBe('科研经费增加');
    expect(host.stored.settings).toEqual({ unitName: '某局' });
  });

  it('shows what the host could not read as a warning', async () => {
    const { store } = setup({ ...source, notices: ['工作表“总表”的已用区域为 A1:XFD1048576……'] });
    await store.start();
    expect(store.getState().phase).toBe('ready');
    expect(store.getState().notice).toEqual({ intent: 'warning', title: '部分单元格未读取', body: '工作表“总表”的已用区域为 A1:XFD1048576……' });
  });

  it('goes back to what is stored when a save fails, and says so', async () => {
    const { host, store } = setup(source);
    await store.start();
    host.failSave = new Error('Office 拒绝写入');
    await store.saveExplanation('K', '说明');
    const s = store.getState();
    expect(s.stored.annotations).toEqual({});
    expect(s.notice?.title).toBe('保存说明失败');
    store.dismissNotice();
    expect(store.getState().notice).toBeUndefined();
  });

  it('exports every non-pass finding to the add-in\'s results sheet', async () => {
    const { host, store } = setup(withWarning);
    await store.start();
    await store.exportFindings();
    expect(host.written).toHaveLength(1);
    expect(host.written[0].name).toBe('决算助手_审核结果');
    expect(RESULTS_SHEET).toBe('决算助手_审核结果');
    const rules = host.written[0].rows.slice(1).map((r) => r[2]);
    // The accountant's sheet names rules by their titles, not their ids.
    expect(rules).toContain('决算数超过预算数需说明');
    expect(rules.filter((r) => /^[A-Z]\d*-R?\d+[a-z]?$|^[A-Z]\d\d-R\d+/.test(String(r)))).toEqual([]);
    expect(host.written[0].rows).toHaveLength((reviewView(store.getState())?.findings.length ?? 0) + 1);
    expect(store.getState().notice).toMatchObject({ intent: 'success', title: '已导出', body: expect.stringMatching(/^导出 \d+ 条问题（另有 \d+ 条不适用），已写入工作表“决算助手_审核结果”。$/) });
  });

  it('selects a finding\'s cells, and explains when the host cannot', async () => {
    const { host, store } = setup(source);
    const cells = [{ sheet: '收入支出决算总表', address: 'B6' }];
    await store.select(cells);
    expect(host.selected).toEqual([cells]);
    await store.select([]);
    expect(host.selected).toHaveLength(1);
    host.failSelect = new Error('找不到工作表“收入支出决算总表”');
    await store.select(cells);
    expect(store.getState().notice?.title).toBe('无法定位单元格');
  });

  it('tells the user when part of the stored data could not be read', async () => {
    const { host, store } = setup(source);
    host.storedWarnings = ['工作簿中保存的决算助手数据已损坏（不是有效的 JSON）。'];
    await store.start();
    expect(store.getState().notice).toMatchObject({ intent: 'warning', body: '工作簿中保存的决算助手数据已损坏（不是有效的 JSON）。' });
  });
});
