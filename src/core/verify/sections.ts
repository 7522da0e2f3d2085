import { NarrativeStyle, SectionSpec } from '../narrative/styles';
import { normaliseText, similarity } from './normalise';
import { ReportSentence } from './types';

/**
 * Sections and sentences of a written report: headings 一、… and （一）… (numbered items
 * "1." stay inside their section), sentences ending in 。！？. Each heading is matched to the
 * style's section it most resembles, so checks know which schedule a sentence talks about
 * whatever the exact wording of the heading.
 */

/** A heading found in the report. */
export interface ReportHeading {
  text: string;
  level: 1 | 2;
  /** The style section it matches, when one does. */
  sectionId?: string;
  paragraph: number;
}

export interface SplitReport {
  /** Paragraphs before the first heading (the title, the unit's name). */
  preamble: string[];
  headings: ReportHeading[];
  sentences: ReportSentence[];
}

const LEVEL1 = /^[一二三四五六七八九十]+[、.．]\s*/;
const LEVEL2 = /^[（(][一二三四五六七八九十]+[）)]\s*/;
/** Headings read as this much alike are the same section (bigram overlap). */
const MATCH = 0.5;

/** A heading's words without its numbering and the usual endings (情况说明, 说明). */
export function headingCore(heading: string): string {
  return normaliseText(heading.replace(LEVEL1, '').replace(LEVEL2, ''))
    .replace(/(的)?(情况)?(说明)?$/, '')
    .replace(/情况$/, '');
}

/** All sections of a style with their parents, flattened. */
export function styleSections(style: NarrativeStyle): { spec: SectionSpec; level: 1 | 2; parent?: SectionSpec }[] {
  return style.sections.flatMap((s) => [{ spec: s, level: 1 as const }, ...(s.subsections ?? []).map((sub) => ({ spec: sub, level: 2 as const, parent: s }))]);
}

function matchHeading(style: NarrativeStyle, text: string, level: 1 | 2, parentId: string | undefined): string | undefined {
  const core = headingCore(text);
  let best: { id: string; score: number } | undefined;
  for (const s of styleSections(style)) {
    if (s.level !== level) continue;
    // A sub-heading belongs to its own section's subsections first.
    const bonus = level === 2 && parentId !== undefined && s.parent?.id === parentId ? 0.1 : 0;
    const score = similarity(core, headingCore(s.spec.heading)) + bonus;
    if (!best || score > best.score) best = { id: s.spec.id, score };
  }
  return best && best.score >= MATCH ? best.id : undefined;
}

/** Sentences of a paragraph: split after 。！？, keeping the mark; blank pieces dropped. */
export function splitSentences(paragraph: string): string[] {
  return paragraph
    .split(/(?<=[。！？!?])/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

function headingLevel(text: string): 1 | 2 | undefined {
  // A heading is short and is not a sentence; "一、" inside a long paragraph is a list.
  if (text.length > 40 || /[。；]/.test(text)) return undefined;
  if (LEVEL1.test(text)) return 1;
  if (LEVEL2.test(text)) return 2;
  return undefined;
}

/**
 * Split the report's paragraphs into headings and sentences, each sentence carrying the
 * heading path it stands under and the style section that path matches.
 * @example splitReport(['一、收入支出决算总体情况说明', '2024年度收、支总计100万元。'], SICHUAN_STYLE)
 */
export function splitReport(paragraphs: string[], style: NarrativeStyle): SplitReport {
  const preamble: string[] = [];
  const headings: ReportHeading[] = [];
  const sentences: ReportSentence[] = [];
  let top: ReportHeading | undefined;
  let sub: ReportHeading | undefined;
  paragraphs.forEach((raw, paragraph) => {
    const text = raw.trim();
    if (!text) return;
    const level = headingLevel(text);
    if (level === 1) {
      top = { text, level, paragraph, sectionId: matchHeading(style, text, 1, undefined) };
      sub = undefined;
      headings.push(top);
      return;
    }
    if (level === 2) {
      sub = { text, level, paragraph, sectionId: matchHeading(style, text, 2, top?.sectionId) };
      headings.push(sub);
      return;
    }
    if (!top && !sub) {
      preamble.push(text);
      return;
    }
    const section = [top?.text, sub?.text].filter(Boolean).join(' ');
    const sectionId = sub?.sectionId ?? top?.sectionId;
    for (const s of splitSentences(text)) {
      const sentence: ReportSentence = { index: sentences.length, text: s, section, paragraph };
      if (sectionId) sentence.sectionId = sectionId;
      sentences.push(sentence);
    }
  });
  return { preamble, headings, sentences };
}
