/**
 * The items of the 补充信息 sheet (narrative.md §4): facts no schedule holds. The sheet has
 * two columns 项目 | 内容; the 项目 text is the item name, optionally followed by its unit in
 * brackets ("政府采购支出总额（万元）"), which the reader ignores.
 */
export type SupplementUnit = '万元' | '个' | '人次' | '批次' | '辆' | '台（套）' | '项';

export interface SupplementItemDef {
  name: string;
  unit: SupplementUnit;
  /** Group heading in the template: the report section the item feeds. */
  group: string;
}

const item = (group: string, unit: SupplementUnit, names: string[]): SupplementItemDef[] => names.map((name) => ({ name, unit, group }));

/** Vehicle kinds of the 国有资产 sentence, in the order the report lists them. */
export const VEHICLE_KINDS = [
  '副部（省）级及以上领导用车',
  '主要负责人用车',
  '机要通信用车',
  '应急保障用车',
  '执法执勤用车',
  '特种专业技术用车',
  '离退休干部服务用车',
  '其他用车',
] as const;

export const SUPPLEMENT_ITEMS: readonly SupplementItemDef[] = [
  ...item('机关运行经费', '万元', ['机关运行经费']),
  ...item('政府采购', '万元', [
    '政府采购支出总额',
    '政府采购货物支出',
    '政府采购工程支出',
    '政府采购服务支出',
    '授予中小企业合同金额',
    '授予小微企业合同金额',
  ]),
  ...item('国有资产', '辆', ['车辆总数', ...VEHICLE_KINDS]),
  ...item('国有资产', '台（套）', ['单价50万元以上通用设备', '单价100万元以上专用设备']),
  ...item('“三公”经费', '个', ['因公出国团组数']),
  ...item('“三公”经费', '人次', ['因公出国人次']),
  ...item('“三公”经费', '辆', ['公务用车购置数', '公务用车保有量']),
  ...item('“三公”经费', '批次', ['国内公务接待批次']),
  ...item('“三公”经费', '人次', ['国内公务接待人次']),
  ...item('“三公”经费', '批次', ['外事接待批次']),
  ...item('“三公”经费', '人次', ['外事接待人次']),
  ...item('预算绩效管理', '个', ['绩效目标管理项目数']),
  ...item('预算绩效管理', '万元', ['绩效目标管理资金']),
  ...item('预算绩效管理', '个', ['绩效运行监控项目数']),
  ...item('预算绩效管理', '个', ['绩效自评项目数']),
  ...item('预算绩效管理', '万元', ['绩效自评资金']),
];

/** Prefix of rows that carry a reason for a placeholder: `原因:reason:收支总计`. */
export const REASON_PREFIX = '原因:';
/** Prefix of rows that carry a budget figure (万元) per 项 code or 合计: `预算:2060101`. */
export const BUDGET_PREFIX = '预算:';

export function supplementItem(name: string): SupplementItemDef | undefined {
  return SUPPLEMENT_ITEMS.find((i) => i.name === name);
}
