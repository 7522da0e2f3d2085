/**
 * The workbook's sheets as workbook.xml and its relationships list them: name, visibility
 * and the zip path of each worksheet, whatever the path is called (ExcelJS reads only parts
 * named xl/worksheets/sheet<n>.xml and drops the others without a word). Browser-safe.
 */
import { attributes } from './xml-text';
import type { ZipParts } from './zip-parts';

export interface ListedSheet {
  name: string;
  hidden: boolean;
  /** The relationship id in workbook.xml. */
  rid: string;
  /** Zip path of the worksheet part; undefined when the relationship is missing. */
  path?: string;
  /** False for chart sheets and dialog sheets: nothing to read in them. */
  worksheet: boolean;
}

export interface SheetList {
  /** False when workbook.xml is not a workbook's XML at all (a damaged file). */
  wellFormed: boolean;
  sheets: ListedSheet[];
  /** The workbook counts dates from 1904 (<workbookPr date1904="1">, exactly as ExcelJS reads it). */
  date1904: boolean;
  /** Every relationship of workbook.xml: id → { type, resolved zip path }. */
  relationships: Map<string, { type: string; path: string; tag: string }>;
}

const REL_TYPE = /\/relationships\/(\w+)$/;

/** A relationship target (relative to xl/) as a zip path. */
export function resolveTarget(target: string, base = 'xl/'): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = `${base}${target}`.split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p !== '.' && p !== '') out.push(p);
  }
  return out.join('/');
}

function relationshipId(attrs: Map<string, string>): string | undefined {
  for (const [key, value] of attrs) if (/:id$/.test(key)) return value;
  return undefined;
}

/** The sheets of workbook.xml in order, with their parts; empty when workbook.xml is absent. */
export async function listSheets(zip: ZipParts): Promise<SheetList> {
  const relationships = new Map<string, { type: string; path: string; tag: string }>();
  const relsXml = (await zip.text('xl/_rels/workbook.xml.rels')) ?? '';
  for (const m of relsXml.matchAll(/<(?:\w+:)?Relationship\s[^>]*>/g)) {
    const attrs = attributes(m[0]);
    const id = attrs.get('Id');
    const target = attrs.get('Target');
    if (!id || target === undefined || attrs.get('TargetMode') === 'External') continue;
    relationships.set(id, { type: REL_TYPE.exec(attrs.get('Type') ?? '')?.[1] ?? '', path: resolveTarget(target), tag: m[0] });
  }
  const workbookXml = (await zip.text('xl/workbook.xml')) ?? '';
  const sheets: ListedSheet[] = [];
  for (const m of workbookXml.matchAll(/<(?:\w+:)?sheet\s[^>]*>/g)) {
    const attrs = attributes(m[0]);
    const name = attrs.get('name');
    const rid = relationshipId(attrs);
    if (name === undefined || !rid) continue;
    const rel = relationships.get(rid);
    const state = attrs.get('state');
    sheets.push({ name, hidden: state === 'hidden' || state === 'veryHidden', rid, path: rel?.path, worksheet: !rel || rel.type === 'worksheet' });
  }
  // The last one counts, as in ExcelJS (each <workbookPr> replaces the properties).
  const workbookPr = [...workbookXml.matchAll(/<workbookPr[\s/][^>]*>/g)].pop()?.[0];
  const date1904 = workbookPr !== undefined && attributes(workbookPr).get('date1904') === '1';
  return { wellFormed: /<(?:\w+:)?workbook[\s>]/.test(workbookXml), sheets, relationships, date1904 };
}
