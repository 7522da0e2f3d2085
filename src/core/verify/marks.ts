import { VerifyResult, VerifySeverity } from './types';

/** A sentence of the report as a reviewer sees it marked: its findings (by index) and the worst severity. */
export interface MarkedSentence {
  index: number;
  text: string;
  /** Indexes into `VerifyResult.findings` of the findings about this sentence. */
  findings: number[];
  /** Worst severity of its findings; 'unchecked' when it only holds figures not tied to a table. */
  mark?: VerifySeverity | 'unchecked';
}

/** A section of the report: its heading path and its paragraphs, each a list of sentences. */
export interface MarkedSection {
  section: string;
  paragraphs: MarkedSentence[][];
}

const RANK: Record<VerifySeverity, number> = { error: 0, warning: 1, info: 2 };

/**
 * The checked report laid out for showing with its findings marked at their sentences:
 * sections in order, paragraphs, sentences (`juesuan verify --format html`, the pane's 核对 tab).
 * @example markedReport(r)[0].paragraphs[0][0].mark // 'error'
 */
export function markedReport(r: VerifyResult): MarkedSection[] {
  const bySentence = new Map<number, number[]>();
  r.findings.forEach((f, i) => {
    if (f.sentenceIndex !== undefined) bySentence.set(f.sentenceIndex, [...(bySentence.get(f.sentenceIndex) ?? []), i]);
  });
  const unchecked = new Set(r.unchecked.map((u) => u.sentenceIndex));
  const out: MarkedSection[] = [];
  let paragraph: number | undefined;
  for (const s of r.sentences) {
    let section = out[out.length - 1];
    if (!section || section.section !== s.section) {
      section = { section: s.section, paragraphs: [] };
      out.push(section);
      paragraph = undefined;
    }
    if (s.paragraph !== paragraph) {
      section.paragraphs.push([]);
      paragraph = s.paragraph;
    }
    const findings = bySentence.get(s.index) ?? [];
    const worst = findings.map((i) => r.findings[i].severity).sort((a, b) => RANK[a] - RANK[b])[0];
    section.paragraphs[section.paragraphs.length - 1].push({ index: s.index, text: s.text, findings, mark: worst ?? (unchecked.has(s.index) ? 'unchecked' : undefined) });
  }
  return out;
}
