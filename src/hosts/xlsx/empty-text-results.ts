/**
 * Excel saves a formula whose result is the empty string (=IF(A1=0,"",A1), common in
 * schedules) as <c t="str"><f>…</f><v></v></c>. ExcelJS drops the empty <v>, so such a cell
 * looks like a formula that was never calculated. This module finds those cells in the
 * sheet XML so the reader can give them their real value, "".
 */
import type JSZip from 'jszip';
import { decodeXmlText } from '../../core/xml-text';

function attributes(tag: string): Map<string, string> {
  const attrs = new Map<string, string>();
  for (const m of tag.matchAll(/([\w:.-]+)\s*=\s*"([^"]*)"/g)) attrs.set(m[1], decodeXmlText(m[2]));
  return attrs;
}

function relationshipId(attrs: Map<string, string>): string | undefined {
  for (const [key, value] of attrs) if (/:id$/.test(key)) return value;
  return undefined;
}

function resolveTarget(target: string): string {
  return target.startsWith('/') ? target.slice(1) : `xl/${target}`;
}

/** Zip entry path of each worksheet, by sheet name. */
async function sheetPaths(zip: JSZip): Promise<Map<string, string>> {
  const paths = new Map<string, string>();
  const workbookXml = await zip.file('xl/workbook.xml')?.async('string');
  const relsXml = await zip.file('xl/_rels/workbook.xml.rels')?.async('string');
  if (!workbookXml || !relsXml) return paths;
  const targets = new Map<string, string>();
  for (const m of relsXml.matchAll(/<(?:\w+:)?Relationship\s[^>]*>/g)) {
    const attrs = attributes(m[0]);
    const id = attrs.get('Id');
    const target = attrs.get('Target');
    if (id && target) targets.set(id, resolveTarget(target));
  }
  for (const m of workbookXml.matchAll(/<(?:\w+:)?sheet\s[^>]*>/g)) {
    const attrs = attributes(m[0]);
    const name = attrs.get('name');
    const rid = relationshipId(attrs);
    const target = rid && targets.get(rid);
    if (name !== undefined && target) paths.set(name, target);
  }
  return paths;
}

const FORMULA = /<(?:\w+:)?f[\s>/]/;
const EMPTY_VALUE = /<(?:\w+:)?v(?:\s[^>]*)?(?:\/>|><\/(?:\w+:)?v>)/;

/** Addresses (A1) of formula cells in one sheet XML whose saved result is the empty string. */
export function emptyTextResultCells(sheetXml: string): Set<string> {
  const found = new Set<string>();
  const cellOpen = /<((?:\w+:)?c)\s([^>]*\bt="str"[^>]*?)(\/?)>/g;
  let m: RegExpExecArray | null;
  while ((m = cellOpen.exec(sheetXml)) !== null) {
    if (m[3] === '/') continue;
    const end = sheetXml.indexOf(`</${m[1]}>`, cellOpen.lastIndex);
    if (end < 0) break;
    const body = sheetXml.slice(cellOpen.lastIndex, end);
    const address = attributes(m[2]).get('r');
    if (address && FORMULA.test(body) && EMPTY_VALUE.test(body)) found.add(address);
  }
  return found;
}

/**
 * For each named sheet, the addresses of formulas whose saved result is "". Sheets whose
 * XML cannot be found are left out (their cells stay "formula without value").
 */
export async function findEmptyTextResults(zip: JSZip, sheetNames: string[]): Promise<Map<string, Set<string>>> {
  const result = new Map<string, Set<string>>();
  const paths = await sheetPaths(zip);
  for (const name of sheetNames) {
    const path = paths.get(name);
    const xml = path && (await zip.file(path)?.async('string'));
    if (xml) result.set(name, emptyTextResultCells(xml));
  }
  return result;
}
