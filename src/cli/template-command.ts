/**
 * `juesuan template`: a blank standard workbook of one template set (src/core/templates/blank)
 * written to --out, with last year's subject rows and closing balances when --from is given
 * and the bureau's packs stored in it.
 */
import { basename } from 'path';
import { priorFromSource } from '../core/session';
import type { StoredPack } from '../core/stored';
import { blankWorkbook } from '../core/templates/blank';
import { readWorkbookBuffer } from '../hosts/xlsx/read-buffer';
import { readFileBytes } from '../hosts/xlsx/read-file';
import { writeBlankXlsx } from '../hosts/xlsx/write-blank';
import { CliIO, EXIT_OK, EXIT_UNREADABLE } from './io';
import { messageOf } from './messages';
import { writeOutputFile } from './out-files';
import { loadStoredPack } from './rule-pack-file';

export interface TemplateArgs {
  template: string;
  year: number;
  unitName?: string;
  /** --from: last year's workbook. */
  from?: string;
  codes: string[];
  rules: string[];
  out: string;
}

/** Write the blank workbook; 0 when written, 2 when an input cannot be used (the message says which). */
export async function templateCommand(args: TemplateArgs, io: CliIO): Promise<number> {
  let prior;
  if (args.from) {
    try {
      prior = priorFromSource(await readWorkbookBuffer(await readFileBytes(args.from), args.from)).model;
    } catch (e) {
      io.err(`上年决算表无法使用：${messageOf(e)}\n`);
      return EXIT_UNREADABLE;
    }
  }
  const packs: StoredPack[] = [];
  for (const path of args.rules) packs.push(await loadStoredPack(path, new Date()));
  const blank = blankWorkbook({ template: args.template, year: args.year, unitName: args.unitName, codes: args.codes, prior, packs });
  await writeOutputFile(args.out, await writeBlankXlsx(blank), `${args.year}年度决算表.xlsx`);
  const schedules = blank.sheets.length - 1;
  const lines = [`已写出“${args.out}”：${schedules} 张决算表和“补充信息”工作表，科目 ${blank.subjects.length} 行（类、款、项）。`];
  if (prior) lines.push(`科目和年初结转和结余取自上年决算表“${basename(args.from!)}”的年末结转和结余。`);
  if (packs.length > 0) lines.push(`已保存规则包：${packs.map((p) => p.name).join('、')}。`);
  io.out(`${lines.join('\n')}\n`);
  return EXIT_OK;
}
