import { existsSync } from 'fs';
import { join } from 'path';

/**
 * The fonts resvg draws the charts' Chinese text with. Loading every system font costs
 * ~100 MB read and parsed per chart (resvg-js 2.6 builds a new font database for each image
 * and has no way to keep one), so the CJK files the charts name are looked up once per
 * process and only they are given to resvg. Node only.
 */
export interface ChartFonts {
  loadSystemFonts: boolean;
  fontFiles: string[];
  defaultFontFamily: string;
}

/** Regular and bold faces of the families of CHART_FONT_FAMILY, where distributions put them. */
const CANDIDATES: { family: string; dirs: string[]; files: string[] }[] = [
  {
    family: 'Noto Sans CJK SC',
    // Debian/Ubuntu fonts-noto-cjk; Fedora google-noto-sans-cjk; Arch noto-fonts-cjk.
    dirs: ['/usr/share/fonts/opentype/noto', '/usr/share/fonts/google-noto-cjk', '/usr/share/fonts/noto-cjk', '/usr/share/fonts/noto'],
    files: ['NotoSansCJK-Regular.ttc', 'NotoSansCJK-Bold.ttc'],
  },
  { family: 'Microsoft YaHei', dirs: ['C:\\Windows\\Fonts'], files: ['msyh.ttc', 'msyhbd.ttc'] },
];

/** Without a known CJK file: every system font, as before (slow, but the text is drawn). */
const SYSTEM_FONTS: ChartFonts = { loadSystemFonts: true, fontFiles: [], defaultFontFamily: 'Noto Sans CJK SC' };

let found: ChartFonts | undefined;

/** The font options for resvg, found on first use and then reused. */
export function chartFonts(): ChartFonts {
  if (!found) found = findChartFonts(CANDIDATES, existsSync) ?? SYSTEM_FONTS;
  return found;
}

/** The first family whose regular face exists in one of its folders, with its bold face if present. */
export function findChartFonts(candidates: typeof CANDIDATES, exists: (path: string) => boolean): ChartFonts | undefined {
  for (const c of candidates) {
    for (const dir of c.dirs) {
      const [regular, ...others] = c.files.map((f) => join(dir, f));
      if (!exists(regular)) continue;
      return { loadSystemFonts: false, fontFiles: [regular, ...others.filter(exists)], defaultFontFamily: c.family };
    }
  }
  return undefined;
}
