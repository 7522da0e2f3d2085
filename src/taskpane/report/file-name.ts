/** Characters Windows and macOS refuse in file names. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what must go
const UNSAFE = /[\\/:*?"<>|\u0000-\u001f]/g;

/**
 * The .docx file name: "{year}年度{unit}决算情况说明.docx", unsafe characters replaced by _;
 * the year or unit left out when unknown.
 * @example reportFileName(2024, '某市科学技术局') === '2024年度某市科学技术局决算情况说明.docx'
 */
export function reportFileName(year: number | undefined, unit: string | undefined): string {
  const y = year !== undefined ? `${year}年度` : '';
  const u = (unit ?? '').trim();
  return `${y}${u}决算情况说明.docx`.replace(UNSAFE, '_');
}
