import { WorkbookSource, cellText, isCellError } from '../core/grid/sheet-grid';
import { Annotation, Annotations, OWNED_SHEET_PREFIX } from '../hosts/workbook-host';

/**
 * Annotations inside an .xlsx file written by the preview: a hidden sheet the add-in owns,
 * one annotation per row as its finding key and the annotation as JSON. ExcelJS cannot
 * write custom XML parts, and a sheet survives any tool that copies the workbook.
 */
export const ANNOTATION_SHEET = `${OWNED_SHEET_PREFIX}说明`;

/** First cell of the sheet: names the format, so a future layout can be told apart. */
export const ANNOTATION_FORMAT = 'juesuan-annotations/1';

/** Excel keeps at most 32,767 characters in a cell. */
const CELL_LIMIT = 32_767;

export type AnnotationRow = (string | null)[];

/** The sheet's rows: format mark and a note, a header, then one row per annotation (sorted by key). */
export function annotationRows(annotations: Annotations): AnnotationRow[] {
  const rows: AnnotationRow[] = [
    [ANNOTATION_FORMAT, '此工作表由决算助手保存对审核结果的说明和忽略标记，请勿修改。'],
    ['键', '内容（JSON）'],
  ];
  for (const key of Object.keys(annotations).sort()) {
    const a = annotations[key];
    let json = JSON.stringify(a);
    if (json.length > CELL_LIMIT && a.explanation) {
      const overflow = json.length - CELL_LIMIT + 1;
      json = JSON.stringify({ ...a, explanation: a.explanation.slice(0, Math.max(0, a.explanation.length - overflow)) + '…' });
    }
    rows.push([key, json]);
  }
  return rows;
}

function parseAnnotation(text: string): Annotation | undefined {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof raw !== 'object' || raw === null) return undefined;
  const o = raw as Record<string, unknown>;
  if (typeof o.updatedAt !== 'string') return undefined;
  const out: Annotation = { updatedAt: o.updatedAt };
  if (typeof o.explanation === 'string' && o.explanation) out.explanation = o.explanation;
  if (o.ignored === true) out.ignored = true;
  return out.explanation || out.ignored ? out : undefined;
}

/**
 * The annotations stored in a workbook's ANNOTATION_SHEET; rows that do not parse are
 * skipped (someone edited the sheet), and a workbook without the sheet has none.
 */
export function annotationsFromSource(source: WorkbookSource): Annotations {
  const grid = source.sheets.find((s) => s.name === ANNOTATION_SHEET);
  if (!grid || cellText(grid.cells[0]?.[0] ?? null) !== ANNOTATION_FORMAT) return {};
  const out: Annotations = {};
  for (const row of grid.cells.slice(2)) {
    const keyCell = row?.[0];
    const jsonCell = row?.[1];
    if (!keyCell || !jsonCell || isCellError(keyCell.value) || typeof jsonCell.value !== 'string') continue;
    const key = cellText(keyCell);
    const annotation = parseAnnotation(jsonCell.value);
    if (key && annotation) out[key] = annotation;
  }
  return out;
}
