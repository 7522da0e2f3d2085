import { Fact } from '../compare/facts';
import { Percent, formatPercent, formatWan, percentValue } from '../compare/format';
import { FigureKind, FigureSource, NumberRun, Paragraph, Run } from './document';

/**
 * Builds a paragraph run by run. Every figure goes in as a NumberRun with its sources;
 * adjacent text is merged so renderers see few runs.
 */
export class ParagraphBuilder {
  readonly runs: Run[] = [];

  text(t: string): this {
    if (t === '') return this;
    const last = this.runs[this.runs.length - 1];
    if (last && last.kind === 'text') last.text += t;
    else this.runs.push({ kind: 'text', text: t });
    return this;
  }

  /**
   * A slot template of the style: literal text as it stands, each {slot} by its filler (a
   * text, or a function that writes runs).
   * @throws Error for a slot without a filler (a style that asks for what the section lacks)
   * @example para().slots('{Y}本年收入合计{A}万元', { Y: '2024年', A: () => p.amount(f) })
   */
  slots(template: string, fill: Record<string, string | (() => void)>): this {
    for (const piece of template.split(/(\{[^{}]+\})/)) {
      const slot = /^\{([^{}]+)\}$/.exec(piece)?.[1];
      if (slot === undefined) {
        this.text(piece);
        continue;
      }
      const filler = fill[slot];
      if (filler === undefined) throw new Error(`style slot {${slot}} is not known here`);
      if (typeof filler === 'string') this.text(filler);
      else filler();
    }
    return this;
  }

  run(r: Run): this {
    if (r.kind === 'text') return this.text(r.text);
    this.runs.push(r);
    return this;
  }

  /** An amount in 万元 as written ("17.80", "11"); value in 分. */
  amount(f: Fact): this {
    return this.number(formatWan(f.value), f.value, 'amount', f.sources);
  }

  /** A difference: its magnitude written after the direction word; value signed, in 分. */
  difference(value: number, sources: FigureSource[]): this {
    return this.number(formatWan(Math.abs(value)), value, 'difference', sources);
  }

  /** A rate, share or completion: magnitude written at the style's decimals; value signed, in percentage points. */
  percent(p: Percent, figure: Extract<FigureKind, 'rate' | 'share' | 'completion'>, sources: FigureSource[]): this {
    return this.number(formatPercent(p), percentValue(p), figure, sources);
  }

  /**
   * A sentence template of the style: text with `{slot}` holes, each filled from `slots` by
   * text or by a writer that adds runs (a figure, a placeholder). A slot the template names
   * but `slots` lacks is a bug in the style and throws.
   * @example para().fill('{Y}度支出{A}万元', { Y: '2024年', A: (p) => p.amount(f) })
   */
  fill(template: string, slots: Record<string, string | ((p: ParagraphBuilder) => void)>): this {
    const parts = template.split(/\{(\w+)\}/);
    parts.forEach((part, i) => {
      if (i % 2 === 0) {
        this.text(part);
        return;
      }
      const slot = slots[part];
      if (slot === undefined) throw new Error(`sentence template slot {${part}} has no value`);
      if (typeof slot === 'string') this.text(slot);
      else slot(this);
    });
    return this;
  }

  /** A count (团组数, 车辆数 …). */
  count(f: Fact): this {
    return this.number(String(f.value), f.value, 'count', f.sources);
  }

  private number(text: string, value: number, figure: FigureKind, sources: FigureSource[]): this {
    const run: NumberRun = { kind: 'number', text, value, figure, sources };
    this.runs.push(run);
    return this;
  }

  get empty(): boolean {
    return this.runs.length === 0;
  }

  build(chart?: Paragraph['chart']): Paragraph {
    const p: Paragraph = { runs: this.runs };
    if (chart) p.chart = chart;
    return p;
  }
}

/** A new paragraph builder. */
export const para = (): ParagraphBuilder => new ParagraphBuilder();
