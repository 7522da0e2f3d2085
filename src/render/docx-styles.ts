import { AlignmentType, HighlightColor, IParagraphStyleOptions, IStylesOptions, LineRuleType } from 'docx';

/**
 * The official document style (GB/T 9704, narrative.md §6) as Word styles in styles.xml,
 * so a user restyles the whole report in Word by changing one style. Page geometry is in
 * twips (1/1440 inch), computed from the millimetres of the standard.
 */

/** Millimetres to twips, rounded to the nearest twip. */
export function mmToTwip(mm: number): number {
  return Math.round((mm * 1440) / 25.4);
}

/** A4 and the margins of GB/T 9704: the text block is 156 mm × 225 mm. */
export const PAGE_MM = { width: 210, height: 297, top: 37, bottom: 35, left: 28, right: 26 } as const;
/** Width of the text block, the widest a chart may be drawn. */
export const TEXT_WIDTH_MM = PAGE_MM.width - PAGE_MM.left - PAGE_MM.right;
/**
 * Footer distance from the page edge: the page number's dashes sit about 7 mm below the
 * text block (35 mm − 7 mm, less the height of a 14 pt line).
 */
export const FOOTER_MM = 22;

export const FONT = {
  body: '仿宋_GB2312',
  heading1: '黑体',
  heading2: '楷体_GB2312',
  title: '方正小标宋简体',
  pageNumber: '宋体',
} as const;

/** Style ids written in styles.xml and referenced by every paragraph and run. */
export const STYLE_ID = {
  title: 'Title',
  heading1: 'Heading1',
  heading2: 'Heading2',
  body: 'Body',
  figure: 'Figure',
  caption: 'Caption',
  footer: 'Footer',
  placeholder: 'Placeholder',
} as const;

/** Half-points: 三号 16 pt = 32, 二号 22 pt = 44, 四号 14 pt = 28. */
const SIZE_16PT = 32;
const SIZE_22PT = 44;
const SIZE_14PT = 28;
/** Exact line spacing of 28 pt, in twips. */
const LINE_28PT = 560;

/**
 * One named font for every script: Chinese text, digits and Latin letters alike; the hint
 * makes Word set ambiguous characters (“”、—) in the Chinese font too.
 */
function fontSet(name: string) {
  return { ascii: name, hAnsi: name, eastAsia: name, cs: name, hint: 'eastAsia' };
}

const exactLine = { line: LINE_28PT, lineRule: LineRuleType.EXACT, before: 0, after: 0 };
/** Two characters: 200 hundredths of a character, and 640 twips (2 × 16 pt) for readers without character units. */
const twoCharIndent = { firstLineChars: 200, firstLine: 2 * SIZE_16PT * 10 };

const paragraphStyles: IParagraphStyleOptions[] = [
  {
    id: STYLE_ID.title,
    name: 'Title',
    basedOn: 'Normal',
    next: STYLE_ID.body,
    quickFormat: true,
    paragraph: { alignment: AlignmentType.CENTER, spacing: { line: 700, lineRule: LineRuleType.EXACT, before: 0, after: LINE_28PT } },
    run: { font: fontSet(FONT.title), size: SIZE_22PT },
  },
  {
    id: STYLE_ID.heading1,
    name: 'heading 1',
    basedOn: 'Normal',
    next: STYLE_ID.body,
    quickFormat: true,
    paragraph: { alignment: AlignmentType.JUSTIFIED, spacing: exactLine, indent: twoCharIndent, keepNext: true, outlineLevel: 0 },
    run: { font: fontSet(FONT.heading1), size: SIZE_16PT },
  },
  {
    id: STYLE_ID.heading2,
    name: 'heading 2',
    basedOn: 'Normal',
    next: STYLE_ID.body,
    quickFormat: true,
    paragraph: { alignment: AlignmentType.JUSTIFIED, spacing: exactLine, indent: twoCharIndent, keepNext: true, outlineLevel: 1 },
    run: { font: fontSet(FONT.heading2), size: SIZE_16PT },
  },
  {
    id: STYLE_ID.body,
    name: '公文正文',
    basedOn: 'Normal',
    next: STYLE_ID.body,
    quickFormat: true,
    paragraph: { alignment: AlignmentType.JUSTIFIED, spacing: exactLine, indent: twoCharIndent },
    run: { font: fontSet(FONT.body), size: SIZE_16PT },
  },
  {
    // Single spacing: an exact 28 pt line would crop the picture to one line's height.
    id: STYLE_ID.figure,
    name: '公文图片',
    basedOn: 'Normal',
    next: STYLE_ID.caption,
    paragraph: { alignment: AlignmentType.CENTER, spacing: { line: 240, lineRule: LineRuleType.AUTO, before: 0, after: 0 }, keepNext: true },
  },
  {
    id: STYLE_ID.caption,
    name: 'caption',
    basedOn: 'Normal',
    next: STYLE_ID.body,
    quickFormat: true,
    paragraph: { alignment: AlignmentType.CENTER, spacing: exactLine },
    run: { font: fontSet(FONT.body), size: SIZE_16PT },
  },
  {
    id: STYLE_ID.footer,
    name: 'footer',
    basedOn: 'Normal',
    paragraph: { alignment: AlignmentType.CENTER, spacing: { line: 240, lineRule: LineRuleType.AUTO, before: 0, after: 0 } },
    run: { font: fontSet(FONT.pageNumber), size: SIZE_14PT },
  },
];

/** The styles part: document defaults (仿宋 三号, Chinese), paragraph styles, the placeholder character style. */
export const DOCUMENT_STYLES: IStylesOptions = {
  default: {
    document: {
      run: { font: fontSet(FONT.body), size: SIZE_16PT, language: { value: 'zh-CN', eastAsia: 'zh-CN' } },
    },
  },
  paragraphStyles,
  characterStyles: [
    {
      id: STYLE_ID.placeholder,
      name: '待填内容',
      quickFormat: true,
      run: { highlight: HighlightColor.YELLOW },
    },
  ],
};
