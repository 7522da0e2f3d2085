import { ScheduleId, TemplateId } from '../model';

/**
 * The regional template sets (schedules.md §1): which schedules each holds, in what order,
 * under which number, and which may be absent (fund tables of departments without such funds).
 */
export interface TemplateEntry {
  id: ScheduleId;
  /** The number the template prints: 公开01表, 一, 十四 … */
  number: string;
  mandatory: boolean;
}

export interface TemplateDef {
  id: TemplateId;
  /** Chinese name shown to users. */
  name: string;
  schedules: TemplateEntry[];
}

const entry = (id: ScheduleId, number: string, mandatory = true): TemplateEntry => ({ id, number, mandatory });

/** Both Sichuan sets open with the same nine tables (schedules.md §1). */
const SICHUAN_FIRST_NINE: TemplateEntry[] = [
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

export const TEMPLATES: readonly TemplateDef[] = [
  {
    id: 'national',
    name: '全国通用九表',
    schedules: [
      entry('T01', '公开01表'),
      entry('T02', '公开02表'),
      entry('T03', '公开03表'),
      entry('T04', '公开04表'),
      entry('T05', '公开05表'),
      entry('T06', '公开06表'),
      entry('T07', '公开07表'),
      entry('T08', '公开08表', false),
      entry('T09', '公开09表', false),
    ],
  },
  {
    id: 'sichuan2021',
    name: '四川2021年十四表',
    schedules: [
      ...SICHUAN_FIRST_NINE,
      entry('T07', '十'),
      entry('T08', '十一', false),
      entry('T08S', '十二', false),
      entry('T09', '十三', false),
      entry('T09E', '十四', false),
    ],
  },
  {
    id: 'sichuan2023',
    name: '四川2023年起十三表',
    schedules: [
      ...SICHUAN_FIRST_NINE,
      entry('T08', '十', false),
      entry('T09', '十一', false),
      entry('T09E', '十二', false),
      entry('T07', '十三'),
    ],
  },
];

export function templateDef(id: TemplateId): TemplateDef {
  const t = TEMPLATES.find((x) => x.id === id);
  if (!t) throw new Error(`unknown template ${id}`);
  return t;
}
