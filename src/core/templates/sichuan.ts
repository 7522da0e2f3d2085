import common from '../rules/packs/common.json';
import common2020 from '../rules/packs/common-2020.json';
import sichuan2021 from '../rules/packs/sichuan2021.json';
import sichuan2023 from '../rules/packs/sichuan2023.json';
import sichuanCommon from '../rules/packs/sichuan-common.json';
import { SICHUAN_STYLE } from '../narrative/styles/sichuan';
import { norm } from '../schedules/recognise/text';
import { ScheduleId } from '../schedules/model';
import { PackPart, TemplateCues, TemplateEntry, TemplateSet } from './template-set';

const entry = (id: ScheduleId, number: string, mandatory = true): TemplateEntry => ({ id, number, mandatory });

/** Both Sichuan sets open with the same nine tables (schedules.md §1). */
const FIRST_NINE: TemplateEntry[] = [
  entry('T01', '一'),
  entry('T02', '二'),
  entry('T03', '三'),
  entry('T04', '四'),
  entry('T05D', '五'),
  entry('T05', '六'),
  entry('T05DG', '七'),
  entry('T06', '八'),
  entry('T05P', '九'),
];

/** Only the Sichuan sets have these detail tables. */
const SICHUAN_ONLY: ScheduleId[] = ['T05D', 'T05DG', 'T05P'];
/** Titles only the 2021 set uses (its 三公 tables are split by fund). */
const TITLES_2021 = [norm('一般公共预算财政拨款“三公”经费支出决算表'), norm('政府性基金预算财政拨款“三公”经费支出决算表')];
/** The merged 三公 table of the 2023 set. */
const TITLES_2023 = [norm('财政拨款“三公”经费支出决算表')];

const isSichuan = (c: TemplateCues): boolean => SICHUAN_ONLY.some((id) => c.ids.has(id));
/** 2021 when its own tables or titles are there; without either set's 三公 titles, a year up to 2022. */
const is2021 = (c: TemplateCues): boolean =>
  c.ids.has('T08S') || TITLES_2021.some((t) => c.titles.has(t)) || (!TITLES_2023.some((t) => c.titles.has(t)) && c.year !== undefined && c.year <= 2022);

const PACK_COMMON: PackPart[] = [
  { file: 'common.json', json: common },
  { file: 'common-2020.json', json: common2020, years: { from: 2020 } },
  { file: 'sichuan-common.json', json: sichuanCommon },
];

export const SICHUAN_2021_SET: TemplateSet = {
  id: 'sichuan2021',
  name: '四川2021年十四表',
  priority: 20,
  detect: (c) => isSichuan(c) && is2021(c),
  schedules: [...FIRST_NINE, entry('T07', '十'), entry('T08', '十一', false), entry('T08S', '十二', false), entry('T09', '十三', false), entry('T09E', '十四', false)],
  packs: [...PACK_COMMON, { file: 'sichuan2021.json', json: sichuan2021 }],
  style: SICHUAN_STYLE.id,
};

export const SICHUAN_2023_SET: TemplateSet = {
  id: 'sichuan2023',
  name: '四川2023年起十三表',
  priority: 10,
  detect: isSichuan,
  schedules: [...FIRST_NINE, entry('T08', '十', false), entry('T09', '十一', false), entry('T09E', '十二', false), entry('T07', '十三')],
  packs: [...PACK_COMMON, { file: 'sichuan2023.json', json: sichuan2023 }],
  style: SICHUAN_STYLE.id,
};
