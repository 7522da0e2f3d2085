import { Fact, fact } from '../../compare/facts';
import { ratioPercent } from '../../compare/format';
import { VEHICLE_KINDS } from '../../supplement';
import { yoySentence } from '../clauses';
import { NarrativeContext } from '../context';
import { Paragraph } from '../document';
import { NamedValue, suggestionsFrom } from '../lines';
import { ParagraphBuilder, para } from '../paragraph';
import { countedFen } from '../../grid/amount';
import { WorkbookModel, valueKey } from '../../schedules/model';

/** A supplementary amount, or a placeholder asking for it. Returns the fact when known. */
export function suppAmount(ctx: NarrativeContext, p: ParagraphBuilder, item: string): Fact | undefined {
  const f = ctx.supplementAmount(item);
  if (f) p.amount(f);
  else p.run(ctx.missingSupplement(item, '万元'));
  return f;
}

/** A supplementary count, or a placeholder asking for it. */
export function suppCount(ctx: NarrativeContext, p: ParagraphBuilder, item: string, unit: string): Fact | undefined {
  const f = ctx.supplementCount(item);
  if (f) p.count(f);
  else p.run(ctx.missingSupplement(item, unit));
  return f;
}

/** Public-expenditure items (302/310) of T06, for suggesting why 机关运行经费 changed. */
function publicItems(m: WorkbookModel | undefined): NamedValue[] {
  const inst = m?.schedules.get('T06');
  if (!inst) return [];
  const out: NamedValue[] = [];
  for (const row of inst.rows) {
    if (row.block !== 'public' || row.code?.length !== 5 || row.duplicateOf) continue;
    const cell = inst.values.get(valueKey(row.key, '决算数'));
    const fen = cell ? countedFen(cell.parsed) : undefined;
    if (fen !== undefined) out.push({ key: row.key, name: row.label, value: fen });
  }
  return out;
}

const RUNNING_COST = '机关运行经费';
const FROM_SUPPLEMENT = '补充信息“机关运行经费”';
const FROM_T06 = '《一般公共预算财政拨款基本支出决算表》公用经费合计';

/**
 * 十(一) 机关运行经费: "{Y}度{unit}机关运行经费支出{A}万元，与{Y-1}年相比，机关运行经费增加Δ万元，增长p%，
 * 主要原因是{reason}。" Each year's figure is that year's own 补充信息 机关运行经费 when filled (a
 * department with 事业单位 has less than its T06 公用经费合计), else its T06 公用经费合计 (an
 * administrative unit's usual figure); the figures' sources and the open item say which.
 */
export function runningCostPart(ctx: NarrativeContext): Paragraph[] {
  const typed = ctx.supplementAmount(RUNNING_COST);
  const a = typed ?? fact(ctx.model, 'T06', '公用经费合计', '决算数');
  const p = para().text(`${ctx.Y}度${ctx.unit}机关运行经费支出`);
  if (!a) {
    p.run(ctx.missingSupplement(RUNNING_COST, '万元')).text('万元。');
    return [p.build()];
  }
  p.amount(a).text(ctx.newUnit ? '万元。' : '万元，');
  const priorTyped = ctx.priorSupplementAmount(RUNNING_COST);
  const prior = priorTyped ?? fact(ctx.prior, 'T06', '公用经费合计', '决算数');
  yoySentence(ctx, p, {
    key: RUNNING_COST,
    subject: RUNNING_COST,
    current: a,
    prior,
    basis: `本年数取自${typed ? FROM_SUPPLEMENT : FROM_T06}，上年数取自上年${priorTyped ? FROM_SUPPLEMENT : FROM_T06}`,
    reasonLead: '，主要原因是',
    suggestions: () => suggestionsFrom(ctx, prior ? a.value - prior.value : 0, [publicItems]),
  });
  return [p.build()];
}

/**
 * 十(二) 政府采购: total with 货物 / 工程 / 服务, and the amounts granted to small and medium
 * enterprises with their proportions, all from the Supplement. A total of 0 gives the
 * style's "no procurement" sentence.
 */
export function procurementPart(ctx: NarrativeContext): Paragraph[] {
  const total = ctx.supplementAmount('政府采购支出总额');
  if (total && total.value === 0) return [para().text(ctx.sentence(ctx.style.sentences.noProcurement)).build()];
  const p = para().text(`${ctx.Y}度${ctx.unit}政府采购支出总额`);
  suppAmount(ctx, p, '政府采购支出总额');
  p.text('万元，其中：政府采购货物支出');
  suppAmount(ctx, p, '政府采购货物支出');
  p.text('万元、政府采购工程支出');
  suppAmount(ctx, p, '政府采购工程支出');
  p.text('万元、政府采购服务支出');
  suppAmount(ctx, p, '政府采购服务支出');
  p.text('万元。授予中小企业合同金额');
  const sme = suppAmount(ctx, p, '授予中小企业合同金额');
  p.text('万元');
  if (sme && total && total.value > 0) {
    p.text('，占政府采购支出总额的').percent(ratioPercent(sme.value, total.value, ctx.decimals), 'rate', [...sme.sources, ...total.sources]).text('%');
  }
  if (!sme || sme.value > 0) {
    p.text('，其中授予小微企业合同金额');
    const small = suppAmount(ctx, p, '授予小微企业合同金额');
    p.text('万元');
    if (small && sme && sme.value > 0) {
      p.text('，占授予中小企业合同金额的').percent(ratioPercent(small.value, sme.value, ctx.decimals), 'rate', [...small.sources, ...sme.sources]).text('%');
    }
  }
  return [p.text('。').build()];
}

/**
 * 十(三) 国有资产: vehicles (total, then the kinds the Supplement gives) and equipment over
 * 50 万元 / 100 万元, from the Supplement.
 */
export function assetsPart(ctx: NarrativeContext): Paragraph[] {
  const p = para().text(`截至${ctx.Y}12月31日，${ctx.unit}共有车辆`);
  const vehicles = suppCount(ctx, p, '车辆总数', '辆');
  p.text('辆');
  const kinds = VEHICLE_KINDS.map((k) => ({ k, f: ctx.supplementCount(k) })).filter((x) => x.f && x.f.value !== 0);
  if (vehicles && vehicles.value > 0 && kinds.length > 0) {
    p.text('，其中：');
    kinds.forEach(({ k, f }, i) => {
      if (i > 0) p.text('、');
      p.text(k).count(f!).text('辆');
    });
  }
  p.text('；单价50万元以上通用设备');
  suppCount(ctx, p, '单价50万元以上通用设备', '台（套）');
  p.text('台（套），单价100万元以上专用设备');
  suppCount(ctx, p, '单价100万元以上专用设备', '台（套）');
  return [p.text('台（套）。').build()];
}

/**
 * 预算绩效管理: counts of projects under target management, monitoring and self-evaluation,
 * from the Supplement (资金 amounts when given).
 */
export function performancePart(ctx: NarrativeContext): Paragraph[] {
  const p = para().text(`${ctx.Y}度${ctx.unit}对`);
  suppCount(ctx, p, '绩效目标管理项目数', '个');
  p.text('个项目开展了绩效目标管理');
  const targetFunds = ctx.supplementAmount('绩效目标管理资金');
  if (targetFunds) p.text('，涉及资金').amount(targetFunds).text('万元');
  p.text('；对');
  suppCount(ctx, p, '绩效运行监控项目数', '个');
  p.text('个项目开展了绩效运行监控；对');
  suppCount(ctx, p, '绩效自评项目数', '个');
  p.text('个项目开展了绩效自评');
  const evalFunds = ctx.supplementAmount('绩效自评资金');
  if (evalFunds) p.text('，涉及资金').amount(evalFunds).text('万元');
  return [p.text('。').build()];
}
