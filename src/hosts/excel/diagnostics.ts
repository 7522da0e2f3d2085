/// <reference types="office-js" />
/**
 * The checks of the 诊断 page that need Excel: they run, in the user's Excel, what the
 * tests' fake of Excel assumes (test/hosts/excel/fake-excel), so one click proves or
 * disproves it. Each check reports what Excel did, not only pass or fail. Only the
 * add-in's own sheet (决算助手_诊断) and its own custom XML part are written, then removed.
 */
import { OWNED_SHEET_PREFIX } from '../workbook-host';
import { officeErrorCode, reason } from './errors';
import { readWorkbookThrough } from './read-workbook';
import { CUSTOM_XML_API, type IsSetSupported, MERGED_AREAS_API, type RunBatch } from './types';

/** One line of the diagnostics report. */
export interface DiagnosticCheck {
  title: string;
  /** 'needs-excel': not run here (the preview page), with what it would check. */
  status: 'pass' | 'fail' | 'info' | 'needs-excel';
  detail: string;
}

/** The checks that need Excel, by title and what they look at (shown in the preview). */
export const EXCEL_CHECKS: readonly { title: string; about: string }[] = [
  { title: 'ExcelApi 要求集', about: '支持到哪个版本的 ExcelApi' },
  { title: '读取整个工作簿', about: '读取所有工作表所需的同步次数与时间' },
  { title: '自定义 XML 部件往返', about: '写入、读回并删除一个加载项自己的 XML 部件' },
  { title: '合并区域读取', about: '当前工作表的合并区域（ExcelApi 1.13）' },
  { title: '新建、激活与隐藏工作表', about: '新建后立即激活是否生效、激活隐藏工作表时 Excel 的反应' },
];

const DIAGNOSTICS_SHEET = `${OWNED_SHEET_PREFIX}诊断`;
const DIAGNOSTICS_NAMESPACE = 'urn:juesuan:diagnostics:v1';
const API_VERSIONS = Array.from({ length: 20 }, (_, i) => `1.${i + 1}`);

export interface DiagnosticsOptions {
  run: RunBatch;
  isSetSupported: IsSetSupported;
}

function apiCheck(isSetSupported: IsSetSupported): DiagnosticCheck {
  const supported = API_VERSIONS.filter((v) => isSetSupported('ExcelApi', v));
  const highest = supported[supported.length - 1];
  return {
    title: EXCEL_CHECKS[0].title,
    status: isSetSupported('ExcelApi', '1.9') ? 'pass' : 'fail',
    detail: highest ? `支持 ExcelApi 1.1–${highest}（加载项需要 1.9；合并区域 1.13；工作表改名、隐藏事件 1.17）` : '不支持 ExcelApi',
  };
}

async function readCheck({ run, isSetSupported }: DiagnosticsOptions): Promise<DiagnosticCheck> {
  let syncs = 0;
  const counting: RunBatch = (batch) =>
    run((context) => {
      const sync = context.sync.bind(context);
      context.sync = (<T>(value?: T) => {
        syncs++;
        return sync(value);
      }) as typeof context.sync;
      return batch(context);
    });
  const started = Date.now();
  const source = await readWorkbookThrough(counting, isSetSupported, '当前工作簿');
  const cells = source.sheets.reduce((n, s) => n + s.cells.reduce((m, r) => m + r.filter(Boolean).length, 0), 0);
  const notes = source.notices?.length ? `；${source.notices.join('；')}` : '';
  return { title: EXCEL_CHECKS[1].title, status: 'pass', detail: `${source.sheets.length} 张工作表，${cells} 个非空单元格，${syncs} 次同步，${Date.now() - started} 毫秒${notes}` };
}

async function xmlCheck({ run, isSetSupported }: DiagnosticsOptions): Promise<DiagnosticCheck> {
  const title = EXCEL_CHECKS[2].title;
  if (!isSetSupported('ExcelApi', CUSTOM_XML_API)) return { title, status: 'info', detail: `不支持 ExcelApi ${CUSTOM_XML_API}：说明将保存在文档设置中` };
  const text = `决算 &amp; 说明 ${new Date().toISOString()}`;
  const back = await run(async (context) => {
    const part = context.workbook.customXmlParts.add(`<diagnostics xmlns="${DIAGNOSTICS_NAMESPACE}">${text}</diagnostics>`);
    await context.sync();
    const xml = part.getXml();
    await context.sync();
    part.delete();
    await context.sync();
    // A ClientResult, filled by the sync above (the rule takes it for a proxy object).
    // eslint-disable-next-line office-addins/load-object-before-read
    return xml.value;
  });
  const same = back.includes(text);
  return { title, status: same ? 'pass' : 'fail', detail: same ? '写入、读回、删除均成功，内容一致' : `读回的内容不同：${back.slice(0, 200)}` };
}

async function mergesCheck({ run, isSetSupported }: DiagnosticsOptions): Promise<DiagnosticCheck> {
  const title = EXCEL_CHECKS[3].title;
  if (!isSetSupported('ExcelApi', MERGED_AREAS_API)) return { title, status: 'info', detail: `不支持 ExcelApi ${MERGED_AREAS_API}：读取时不含合并区域` };
  return run(async (context) => {
    const sheet = context.workbook.worksheets.getActiveWorksheet();
    sheet.load('name');
    const merged = sheet.getUsedRange(true).getMergedAreasOrNullObject();
    merged.load('areaCount, address');
    await context.sync();
    if (merged.isNullObject) return { title, status: 'pass', detail: `工作表“${sheet.name}”没有合并区域` };
    return { title, status: 'pass', detail: `工作表“${sheet.name}”有 ${merged.areaCount} 个合并区域：${merged.address.slice(0, 200)}` };
  });
}

/** New sheet + activate in one sync; activate on a hidden sheet. The sheet is removed after. */
async function sheetsCheck({ run }: DiagnosticsOptions): Promise<DiagnosticCheck> {
  const title = EXCEL_CHECKS[4].title;
  return run(async (context) => {
    const sheets = context.workbook.worksheets;
    const original = sheets.getActiveWorksheet();
    original.load('name');
    const left = sheets.getItemOrNullObject(DIAGNOSTICS_SHEET);
    await context.sync();
    if (!left.isNullObject) left.delete();
    const sheet = sheets.add(DIAGNOSTICS_SHEET);
    sheet.activate();
    const activeAfterAdd = sheets.getActiveWorksheet();
    activeAfterAdd.load('name');
    await context.sync();
    const addThenActivate = activeAfterAdd.name === DIAGNOSTICS_SHEET ? '同一次同步中新建后激活：生效' : '同一次同步中新建后激活：未生效（需先同步再激活）';
    sheets.getItem(original.name).activate();
    sheet.visibility = 'Hidden';
    await context.sync();
    sheet.activate();
    let hidden: string;
    try {
      const active = sheets.getActiveWorksheet();
      active.load('name');
      await context.sync();
      hidden = active.name === DIAGNOSTICS_SHEET ? '激活隐藏工作表：没有报错，且工作表被激活' : '激活隐藏工作表：没有报错，也没有激活';
    } catch (err) {
      hidden = `激活隐藏工作表：报错 ${officeErrorCode(err) ?? reason(err)}`;
    }
    sheets.getItem(original.name).activate();
    sheet.delete();
    await context.sync();
    return { title, status: 'info', detail: `${addThenActivate}；${hidden}` };
  });
}

/**
 * Run every Excel check in turn; a check that fails is reported with Excel's error and the
 * others still run.
 */
export async function runExcelDiagnostics(options: DiagnosticsOptions): Promise<DiagnosticCheck[]> {
  const out: DiagnosticCheck[] = [apiCheck(options.isSetSupported)];
  const checks = [readCheck, xmlCheck, mergesCheck, sheetsCheck];
  for (const [i, check] of checks.entries()) {
    try {
      out.push(await check(options));
    } catch (err) {
      out.push({ title: EXCEL_CHECKS[i + 1].title, status: 'fail', detail: `Excel 返回错误（${reason(err)}）` });
    }
  }
  return out;
}
