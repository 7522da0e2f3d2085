import { WorkbookUnreadableError } from '../../src/core/errors';
import { findingKey } from '../../src/core/rules/finding-key';
import { Phase, RESULTS_SHEET, ReviewController } from '../../src/taskpane/review-controller';
import { buildFixture } from '../factories';
import { withCellBumped } from '../integration/support';
import { FakeHost } from './fake-host';

const NOW = new Date('2025-03-01T08:00:00.000Z');
const fixture = buildFixture();
/** T07 因公出国（境）费 决算数 over its budget (and the total kept in step): one warning. */
const withWarning = withCellBumped(withCellBumped(fixture.sheets, '一般公共预算财政拨款三公经费支出决算表', 'D7', 5), '一般公共预算财政拨款三公经费支出决算表', 'B7', 5);
const WARNING_KEY = 'T07-R02b@一般公共预算财政拨款三公经费支出决算表!C7,一般公共预算财政拨款三公经费支出决算表!D7';

function setup(sheets = fixture.sheets): { host: FakeHost; controller: ReviewController; phases: Phase[] } {
  const host = new FakeHost({ file: 'fake.xlsx', sheets });
  const controller = new ReviewController(host, { debounceMs: 5, now: () => NOW });
  const phases: Phase[] = [];
  controller.subscribe(() => {
    const p = controller.getState().phase;
    if (phases[phases.length - 1] !== p) phases.push(p);
  });
  return { host, controller, phases };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('ReviewController', () => {
  it('reads, checks and shows the review; annotations are loaded once', async () => {
    const { host, controller, phases } = setup();
    host.stored = { K: { explanation: '旧说明', updatedAt: NOW.toISOString() } };
    await controller.start();
    const s = controller.getState();
    expect(phases).toEqual(['reading', 'checking', 'ready']);
    expect(s.review?.schedules).toHaveLength(9);
    expect(s.annotations).toEqual({ K: { explanation: '旧说明', updatedAt: '2025-03-01T08:00:00.000Z' } });
    await controller.check();
    expect(host.reads).toBe(2);
    expect(host.annotationLoads).toBe(1);
  });

  it('shows a failed read as a MessageBar text and clears the old review', async () => {
    const { host, controller } = setup();
    await controller.check();
    host.failRead = new WorkbookUnreadableError('文件“fake.xlsx”已损坏或不完整。');
    await controller.check();
    const s = controller.getState();
    expect(s.phase).toBe('failed');
    expect(s.review).toBeUndefined();
    expect(s.error).toEqual({ intent: 'error', title: '无法读取工作簿', body: '文件“fake.xlsx”已损坏或不完整。' });
    host.failRead = undefined;
    await controller.check();
    expect(controller.getState().error).toBeUndefined();
  });

  it('runs one more check when asked during a check, not one per request', async () => {
    const { host, controller } = setup();
    host.hold = true;
    const first = controller.check();
    const second = controller.check();
    const third = controller.check();
    expect(second).toBe(first);
    expect(third).toBe(first);
    await sleep(0);
    host.release();
    await first;
    expect(host.reads).toBe(2);
  });

  it('re-checks once after a burst of changes, and not at all with automatic re-check off', async () => {
    const { host, controller } = setup();
    await controller.start();
    host.change();
    host.change();
    host.change();
    await sleep(30);
    await controller.check();
    expect(host.reads).toBe(3); // start, the burst, the explicit check above
    controller.setAutoRecheck(false);
    host.change();
    await sleep(30);
    expect(host.reads).toBe(3);
    controller.dispose();
    expect(host.stopped).toBe(true);
  });

  it('saves an explanation and an ignore mark through the host', async () => {
    const { host, controller } = setup(withWarning);
    await controller.start();
    const warning = controller.getState().review?.findings.find((f) => f.outcome === 'fail');
    expect(warning?.rule).toBe('T07-R02b');
    expect(findingKey(warning!)).toBe(WARNING_KEY);
    await controller.saveExplanation(WARNING_KEY, '本年出访任务增加。');
    await controller.setIgnored('X@表1!A1', true);
    expect(host.saved).toHaveLength(2);
    expect(host.stored).toEqual({
      [WARNING_KEY]: { explanation: '本年出访任务增加。', updatedAt: '2025-03-01T08:00:00.000Z' },
      'X@表1!A1': { ignored: true, updatedAt: '2025-03-01T08:00:00.000Z' },
    });
    expect(controller.getState().saving).toBe(false);
  });

  it('keeps annotations another tab saved after the pane loaded them', async () => {
    const { host, controller } = setup(withWarning);
    await controller.start();
    // The 说明 tab stores a reason while the 审核 tab's copy is already loaded.
    host.stored = { ...host.stored, 'report:reason:收支总计': { explanation: '科研经费增加', updatedAt: 'x' } };
    await controller.saveExplanation(WARNING_KEY, '本年出访任务增加。');
    expect(Object.keys(host.stored).sort()).toEqual(['report:reason:收支总计', WARNING_KEY].sort());
  });

  it('goes back to what is stored when a save fails, and says so', async () => {
    const { host, controller } = setup();
    await controller.start();
    host.failSave = new Error('Office 拒绝写入');
    await controller.saveExplanation('K', '说明');
    const s = controller.getState();
    expect(s.annotations).toEqual({});
    expect(s.notice?.title).toBe('保存说明失败');
    controller.dismissNotice();
    expect(controller.getState().notice).toBeUndefined();
  });

  it('exports every non-pass finding to the add-in\'s results sheet', async () => {
    const { host, controller } = setup(withWarning);
    await controller.start();
    await controller.exportFindings();
    expect(host.written).toHaveLength(1);
    expect(host.written[0].name).toBe('决算助手_审核结果');
    expect(RESULTS_SHEET).toBe('决算助手_审核结果');
    const rules = host.written[0].rows.slice(1).map((r) => r[2]);
    expect(rules).toContain('T07-R02b');
    expect(host.written[0].rows).toHaveLength((controller.getState().review?.findings.length ?? 0) + 1);
    expect(controller.getState().notice).toEqual({
      intent: 'success',
      title: '已导出',
      body: `${host.written[0].rows.length - 1} 条审核结果已写入工作表“决算助手_审核结果”。`,
    });
  });

  it('selects a finding\'s cells, and explains when the host cannot', async () => {
    const { host, controller } = setup();
    const cells = [{ sheet: '收入支出决算总表', address: 'B6' }];
    await controller.select(cells);
    expect(host.selected).toEqual([cells]);
    await controller.select([]);
    expect(host.selected).toHaveLength(1);
    host.failSelect = new Error('找不到工作表“收入支出决算总表”');
    await controller.select(cells);
    expect(controller.getState().notice?.title).toBe('无法定位单元格');
  });
});
