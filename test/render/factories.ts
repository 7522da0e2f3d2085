import {
  FigureKind,
  FigureSource,
  NarrativeDocument,
  NumberRun,
  OpenItem,
  Paragraph,
  PlaceholderKind,
  PlaceholderRun,
  Run,
  Section,
  TextRun,
} from '../../src/core/narrative/document';

/** Small hand-built Documents for the renderer tests. */

export const HOSTILE = `<script>alert(1)</script> & "x"`;

export function text(t: string): TextRun {
  return { kind: 'text', text: t };
}

export function num(t: string, value: number, figure: FigureKind = 'amount', sources: FigureSource[] = []): NumberRun {
  return { kind: 'number', text: t, value, figure, sources };
}

export function placeholder(id: string, kind: PlaceholderKind, t: string, suggestions?: string[]): PlaceholderRun {
  return { kind: 'placeholder', id, placeholder: kind, text: t, ...(suggestions ? { suggestions } : {}) };
}

export function para(runs: Run[], chart?: { id: string; caption: string }): Paragraph {
  return chart ? { runs, chart } : { runs };
}

export function section(id: string, heading: string, level: 1 | 2, paragraphs: Paragraph[], subsections: Section[] = []): Section {
  return { id, heading, level, paragraphs, subsections };
}

export function doc(sections: Section[], openItems: OpenItem[] = [], title = '2024年度某市科学技术局决算情况说明'): NarrativeDocument {
  return { title, style: 'sichuan', sections, openItems };
}

/** A source whose sheet name carries characters that HTML must escape. */
export const T01_TOTAL: FigureSource = { schedule: 'T01', row: '收入总计', col: '决算数', year: 2024, ref: { sheet: `收支总表<'&">`, address: 'B40' } };

/**
 * A document with everything a renderer meets: both heading levels, number runs, a
 * placeholder with suggestions, a chart reference, a placeholder without suggestions,
 * Chinese text, and workbook text full of HTML-special characters.
 */
export function sampleDocument(): NarrativeDocument {
  const overall = section('一', '一、收入支出决算总体情况说明', 1, [
    para(
      [
        text('2024年度收、支总计'),
        num('17.80', 178000, 'amount', [T01_TOTAL]),
        text('万元。与2023年相比，收、支总计各减少'),
        num('2.20', -22000, 'difference', [T01_TOTAL]),
        text('万元，下降'),
        num('11', 11, 'rate'),
        text('%。主要变动原因是'),
        placeholder('reason:一:收支总计', 'reason', '【请填写变动原因】', ['主要是科学技术支出（类）减少18.44万元', HOSTILE]),
        text('。'),
      ],
      { id: '图1', caption: '图1：收、支决算总计变动情况图' },
    ),
  ]);
  const structure = section('五', '五、一般公共预算财政拨款支出决算情况说明', 1, [], [
    section('五.一', '（一）总体情况', 2, [
      para([text('一般公共预算财政拨款支出'), num('12.50', 125000), text('万元，占本年支出合计的'), num('70', 70, 'share'), text('%。')]),
    ]),
    section('五.二', '（二）结构情况', 2, [
      para([text(`用于${HOSTILE}（类）支出`), num('3', 30000), text('万元；'), placeholder('supplement:五.二:说明', 'supplement', '【请补充说明】')]),
    ]),
  ]);
  return doc(
    [overall, structure],
    [
      { id: 'reason:一:收支总计', placeholder: 'reason', section: '一、收入支出决算总体情况说明', description: '请填写收、支总计的变动原因' },
      { id: 'supplement:五.二:说明', placeholder: 'supplement', section: '（二）结构情况', description: `请补充${HOSTILE}的说明` },
    ],
  );
}

/** A 1×1 PNG (one opaque pixel). */
export const TINY_PNG = new Uint8Array(
  Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64'),
);
