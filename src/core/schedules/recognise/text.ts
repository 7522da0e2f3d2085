/**
 * Text normalisation shared by every recogniser step. Sheets are matched by content, and the
 * same words are typed with spaces, quote marks, half- or full-width brackets and numbering
 * prefixes, so every comparison runs on the normalised form produced here.
 */

const WHITESPACE = /[\s\u00a0\u3000]+/g;
const QUOTES = /[“”"'「」『』‘’]/g;

/**
 * Normalise cell text for matching: no whitespace or quote marks, full-width brackets and colon.
 * @example norm('一般公共预算财政拨款“三公” 经费') === '一般公共预算财政拨款三公经费'
 */
const NEEDS_NORM = /[\s\u00a0\u3000“”"'「」『』‘’():]/;

export function norm(text: string): string {
  // Most cells (figures, codes) need nothing; skip five replacements for them.
  if (!NEEDS_NORM.test(text)) return text;
  return text
    .replace(WHITESPACE, '')
    .replace(QUOTES, '')
    .replace(/\(/g, '（')
    .replace(/\)/g, '）')
    .replace(/:/g, '：');
}

const NUMBERING = /^(?:[一二三四五六七八九十]+[、.．]|（[一二三四五六七八九十\d]+）|\d{1,2}[、.．](?!\d)|其中：?|：)/;

/**
 * Drop numbering prefixes ("一、", "（一）", "1.", "其中：") from normalised text.
 * @example stripNumbering('（一）其中：教育支出') === '教育支出'
 */
export function stripNumbering(text: string): string {
  let t = text;
  for (;;) {
    const next = t.replace(NUMBERING, '');
    if (next === t || next === '') return t;
    t = next;
  }
}

/** Normalised row label: normalised text without numbering. */
export function labelOf(raw: string): string {
  return stripNumbering(norm(raw));
}

/** Drop a trailing unit or percent-free bracket such as "（万元）" or "（个）" from a header level. */
export function stripHeaderUnit(level: string): string {
  const t = level.replace(/（(?:亿元|万元|千元|元|个|人次|人|辆|次|批次|批)）$/, '');
  return t === '' ? level : t;
}

/** True for text made only of digits (subject and economic codes, 栏次 numbers). */
export function isDigits(text: string): boolean {
  return /^\d+$/.test(text);
}

/** Words that head label columns (names, codes, 类/款/项, row numbers), not amount columns. */
export function isLabelWord(text: string): boolean {
  if (/^(项目|科目|类|款|项|栏次|行次|序号|编码|名称|代码)$/.test(text)) return true;
  if (text.startsWith('项目（')) return true;
  // A group heading over economic columns (部门经济分类科目) heads amounts, not labels.
  if (text.includes('经济分类') && !/(编码|代码|名称)$/.test(text)) return false;
  if (text.includes('科目') || text.includes('编码') || text.includes('代码')) return true;
  return text.endsWith('名称') && text.length <= 8;
}

/** Words of a row-number column or row (栏次, 行次, 序号). */
export function isRowNumberWord(text: string): boolean {
  return text === '栏次' || text === '行次' || text === '序号';
}

/** A footnote line ends a table: "注：…", "注1.", "说明：…", "备注：…". */
export function isFootnote(raw: string): boolean {
  const t = raw.trim();
  return /^(注\s*[：:\d１-９一二三四五六七八九、.．（(]|注$|说\s*明\s*[：:]|说明$|备\s*注\s*[：:])/.test(t);
}

const EMPTY_STATEMENT = /本表无数据|故本表为空|本表为空|为空表|无数据|没有.{0,60}收入(?:和|及|与|、)?支出|没有.{0,40}(?:收支|支出|收入)[，,。；]|未发生.{0,40}(?:收入|支出|收支)/;

/** True for a sentence saying the schedule holds no data ("…故本表无数据"). */
export function isEmptyStatement(raw: string): boolean {
  return raw.length >= 4 && !/^[\d.,\-+%]*$/.test(raw) && EMPTY_STATEMENT.test(norm(raw));
}

/** A year (1990–2099) written with 年 in the text, e.g. "2024年度…" → 2024. */
export function yearIn(raw: string): number | undefined {
  const m = /((?:19|20)\d{2})\s*年/.exec(raw);
  return m ? Number(m[1]) : undefined;
}
