import { JuesuanError, SheetNotRecognizedError, WorkbookUnreadableError } from '../core/errors';

/** A message for a MessageBar: what happened and what the user can do next. */
export interface PaneMessage {
  intent: 'error' | 'warning' | 'success' | 'info';
  title: string;
  body: string;
}

/** What the user was doing when something failed. */
export type PaneAction = 'check' | 'save' | 'export' | 'load';

const NEXT_STEP: Record<PaneAction, string> = {
  check: '请处理后点击“检查”重试。',
  save: '说明尚未保存，请稍后再点“保存”。',
  export: '请确认工作簿未处于编辑状态（例如未在单元格中输入），然后再次导出。',
  load: '已保存的说明暂时无法显示；请点击“检查”重试。',
};

const TITLE: Record<PaneAction, string> = {
  check: '无法检查工作簿',
  save: '保存说明失败',
  export: '导出审核结果失败',
  load: '读取已保存的说明失败',
};

/** Text ending in exactly one full stop (messages of the engine already end in one). */
function sentence(text: string): string {
  const t = text.trim();
  return /[。！？]$/.test(t) ? t : `${t.replace(/[.．]$/, '')}。`;
}

/**
 * Turn a failure into a MessageBar text. Errors of the engine and the hosts (JuesuanError and
 * its subclasses) already tell the user what happened and are shown as they are, with their
 * own next step or the action's; anything else is a defect or an Office failure, shown with
 * its message and a way forward.
 */
export function describeError(err: unknown, action: PaneAction): PaneMessage {
  if (err instanceof SheetNotRecognizedError) {
    return { intent: 'warning', title: '没有找到决算公开表', body: `${sentence(err.message)} 请打开含有部门决算公开表（如“收入支出决算总表”）的工作簿后点击“检查”。` };
  }
  if (err instanceof WorkbookUnreadableError) return { intent: 'error', title: '无法读取工作簿', body: sentence(err.message) };
  if (err instanceof JuesuanError) return { intent: 'error', title: TITLE[action], body: `${sentence(err.message)} ${err.nextStep ?? NEXT_STEP[action]}` };
  const text = err instanceof Error ? err.message : typeof err === 'string' ? err : '未知错误';
  return { intent: 'error', title: TITLE[action], body: `出现意外错误：${sentence(text)}${NEXT_STEP[action]}` };
}
