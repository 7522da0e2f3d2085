/**
 * Inline CSS approximating the official document style (GB/T 9704, narrative.md §6) in a
 * browser and when pasted into Word: style attributes rather than a style sheet, because
 * the clipboard and the task pane keep only what sits on the elements. Font lists name the
 * official fonts first, then the ones Windows, macOS and Linux usually have.
 */
const FANGSONG = "'仿宋_GB2312','仿宋',FangSong,STFangsong,'Noto Serif CJK SC',serif";
const HEITI = "'黑体',SimHei,STHeiti,'Noto Sans CJK SC',sans-serif";
const KAITI = "'楷体_GB2312','楷体',KaiTi,STKaiti,'Noto Serif CJK SC',serif";
const XIAOBIAOSONG = "'方正小标宋简体','方正小标宋_GBK','华文中宋',STZhongsong,'宋体',SimSun,'Noto Serif CJK SC',serif";

const LINE = 'font-size:16pt;line-height:28pt;margin:0;font-weight:normal';

export const HTML_STYLE = {
  article: `font-family:${FANGSONG};font-size:16pt;line-height:28pt;color:#000`,
  title: `font-family:${XIAOBIAOSONG};font-size:22pt;line-height:35pt;font-weight:normal;text-align:center;margin:0 0 28pt`,
  heading1: `font-family:${HEITI};${LINE};text-indent:2em`,
  heading2: `font-family:${KAITI};${LINE};text-indent:2em`,
  body: `font-family:${FANGSONG};${LINE};text-indent:2em;text-align:justify`,
  placeholder: 'background-color:#ffff00;color:inherit',
  figure: 'margin:0;text-align:center',
  caption: `font-family:${FANGSONG};${LINE};text-align:center;text-indent:0`,
  openItemsHeading: `font-family:${HEITI};${LINE};text-indent:2em;margin-top:28pt`,
  openItemsList: 'margin:0;padding-left:4em',
  openItem: `font-family:${FANGSONG};${LINE}`,
} as const;

/** The page of the full HTML document: A4 with the official margins, also when printed. */
export const HTML_PAGE_CSS = [
  '@page{size:A4;margin:37mm 26mm 35mm 28mm}',
  'body{margin:0;background:#f2f2f2}',
  '.juesuan-page{box-sizing:content-box;width:156mm;min-height:225mm;margin:16px auto;padding:37mm 26mm 35mm 28mm;background:#fff;box-shadow:0 0 4px rgba(0,0,0,.25)}',
  '@media print{body{background:none}.juesuan-page{width:auto;min-height:0;margin:0;padding:0;box-shadow:none}}',
].join('\n');
