/**
 * Functional subjects (支出功能分类科目) the fictional department uses: names of every 类,
 * 款 and 项 code that occurs in the fixture data. Class names come from the catalogue.
 */
import { FUNCTIONAL_CLASSES } from '../../src/core/schedules/catalogue/functional-classes';

const SUBJECT_NAMES: Record<string, string> = {
  '20105': '统计信息事务',
  '2010505': '专项统计业务',
  '2010507': '专项普查活动',
  '20601': '科学技术管理事务',
  '2060101': '行政运行',
  '2060102': '一般行政管理事务',
  '2060199': '其他科学技术管理事务支出',
  '20602': '基础研究',
  '2060203': '自然科学基金',
  '20603': '应用研究',
  '2060301': '机构运行',
  '2060302': '社会公益研究',
  '20604': '技术研究与开发',
  '2060499': '其他技术研究与开发支出',
  '20607': '科学技术普及',
  '2060701': '机构运行',
  '2060702': '科普活动',
  '20699': '其他科学技术支出',
  '2069999': '其他科学技术支出',
  '20805': '行政事业单位养老支出',
  '2080501': '行政单位离退休',
  '2080502': '事业单位离退休',
  '2080505': '机关事业单位基本养老保险缴费支出',
  '2080506': '机关事业单位职业年金缴费支出',
  '20808': '抚恤',
  '2080801': '死亡抚恤',
  '21011': '行政事业单位医疗',
  '2101101': '行政单位医疗',
  '2101102': '事业单位医疗',
  '2101103': '公务员医疗补助',
  '22102': '住房改革支出',
  '2210201': '住房公积金',
  '2210203': '购房补贴',
  '22960': '彩票公益金安排的支出',
  '2296004': '用于教育事业的彩票公益金支出',
  '2296099': '用于其他社会公益事业的彩票公益金支出',
};

/** Name of a 类 (3 digits), 款 (5) or 项 (7) code; throws for a code the fixtures do not know. */
export function subjectName(code: string): string {
  if (code.length === 3) {
    const cls = FUNCTIONAL_CLASSES.find((c) => c.code === code);
    if (cls) return cls.name;
  }
  const name = SUBJECT_NAMES[code];
  if (!name) throw new Error(`fixture subject without a name: ${code}`);
  return name;
}

/** 1 for 类, 2 for 款, 3 for 项. */
export function subjectLevel(code: string): 1 | 2 | 3 {
  return code.length === 3 ? 1 : code.length === 5 ? 2 : 3;
}

/** The 类 and 款 above a 项 code, then the code itself: 2060101 → [206, 20601, 2060101]. */
export function subjectPath(code: string): string[] {
  return [code.slice(0, 3), code.slice(0, 5), code];
}
