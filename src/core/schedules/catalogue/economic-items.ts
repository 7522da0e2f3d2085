/**
 * Economic classification (支出经济分类) items of the basic-expenditure schedule (T06).
 * Classes are 3 digits, items 5 digits. The list is what the national template prints;
 * workbooks may carry other items, which the reader accepts by their code.
 */
export interface EconomicItem {
  code: string;
  name: string;
  /** 人员经费 (personnel) or 公用经费 (public) side of T06. */
  side: 'personnel' | 'public';
}

const personnel = (code: string, name: string): EconomicItem => ({ code, name, side: 'personnel' });
const pub = (code: string, name: string): EconomicItem => ({ code, name, side: 'public' });

export const ECONOMIC_ITEMS: readonly EconomicItem[] = [
  personnel('301', '工资福利支出'),
  personnel('30101', '基本工资'),
  personnel('30102', '津贴补贴'),
  personnel('30103', '奖金'),
  personnel('30106', '伙食补助费'),
  personnel('30107', '绩效工资'),
  personnel('30108', '机关事业单位基本养老保险缴费'),
  personnel('30109', '职业年金缴费'),
  personnel('30110', '职工基本医疗保险缴费'),
  personnel('30111', '公务员医疗补助缴费'),
  personnel('30112', '其他社会保障缴费'),
  personnel('30113', '住房公积金'),
  personnel('30114', '医疗费'),
  personnel('30199', '其他工资福利支出'),
  personnel('303', '对个人和家庭的补助'),
  personnel('30301', '离休费'),
  personnel('30302', '退休费'),
  personnel('30303', '退职（役）费'),
  personnel('30304', '抚恤金'),
  personnel('30305', '生活补助'),
  personnel('30306', '救济费'),
  personnel('30307', '医疗费补助'),
  personnel('30308', '助学金'),
  personnel('30309', '奖励金'),
  personnel('30310', '个人农业生产补贴'),
  personnel('30311', '代缴社会保险费'),
  personnel('30399', '其他对个人和家庭的补助'),
  pub('302', '商品和服务支出'),
  pub('30201', '办公费'),
  pub('30202', '印刷费'),
  pub('30203', '咨询费'),
  pub('30204', '手续费'),
  pub('30205', '水费'),
  pub('30206', '电费'),
  pub('30207', '邮电费'),
  pub('30208', '取暖费'),
  pub('30209', '物业管理费'),
  pub('30211', '差旅费'),
  pub('30212', '因公出国（境）费用'),
  pub('30213', '维修（护）费'),
  pub('30214', '租赁费'),
  pub('30215', '会议费'),
  pub('30216', '培训费'),
  pub('30217', '公务接待费'),
  pub('30218', '专用材料费'),
  pub('30224', '被装购置费'),
  pub('30225', '专用燃料费'),
  pub('30226', '劳务费'),
  pub('30227', '委托业务费'),
  pub('30228', '工会经费'),
  pub('30229', '福利费'),
  pub('30231', '公务用车运行维护费'),
  pub('30239', '其他交通费用'),
  pub('30240', '税金及附加费用'),
  pub('30299', '其他商品和服务支出'),
  pub('307', '债务利息及费用支出'),
  pub('309', '资本性支出（基本建设）'),
  pub('310', '资本性支出'),
  pub('31001', '房屋建筑物购建'),
  pub('31002', '办公设备购置'),
  pub('31003', '专用设备购置'),
  pub('31005', '基础设施建设'),
  pub('31006', '大型修缮'),
  pub('31007', '信息网络及软件购置更新'),
  pub('31013', '公务用车购置'),
  pub('31022', '无形资产购置'),
  pub('31099', '其他资本性支出'),
  pub('312', '对企业补助'),
  pub('399', '其他支出'),
];
