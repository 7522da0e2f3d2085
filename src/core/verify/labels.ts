import { VerifyKind, VerifySeverity } from './types';

/** What each check is called where a reviewer reads it (text report, HTML, the pane). */
export const VERIFY_KIND_LABELS: Record<VerifyKind, string> = {
  amount: '数字与表不符',
  difference: '变动额不符',
  rate: '增长率不符',
  share: '比重不符',
  completion: '完成率不符',
  direction: '增减用语与实际相反',
  flat: '“持平”与实际不符',
  'zero-base': '以0为基数计算比率',
  'percent-sign': '缺少%',
  placeholder: '模板残留',
  'subject-name': '科目名称不符',
  'main-items': '“主要包括”所列项目',
  'unit-name': '单位名称不符',
  year: '年度不符',
  'missing-section': '缺少部分',
  'missing-content': '缺少内容',
  'missing-count': '缺少“三公”数量',
  'empty-schedule': '空表未说明',
  'missing-reason': '缺少原因说明',
};

export const VERIFY_SEVERITY_LABELS: Record<VerifySeverity, string> = { error: '错误', warning: '警告', info: '提示' };
