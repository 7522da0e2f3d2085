import type { NarrativeStyle } from '../narrative/styles/style';
import type { TemplateCues, TemplateSet } from './template-set';

/**
 * The template registry: template sets and report styles by id. Built-in entries are
 * registered by index.ts; a test or a later region registers more at start-up.
 */
const sets = new Map<string, TemplateSet>();
const styles = new Map<string, NarrativeStyle>();

/** Add (or replace, by id) a template set. Its style must be registered too. */
export function registerTemplateSet(set: TemplateSet): void {
  sets.set(set.id, set);
}

/** Add (or replace, by id) a report style. */
export function registerStyle(style: NarrativeStyle): void {
  styles.set(style.id, style);
}

/** Every template set, highest priority first. */
export function templateSets(): TemplateSet[] {
  return [...sets.values()].sort((a, b) => b.priority - a.priority);
}

/**
 * A template set by id.
 * @throws Error for an id never registered (a defect: ids come from the registry)
 */
export function templateSet(id: string): TemplateSet {
  const t = sets.get(id);
  if (!t) throw new Error(`unknown template ${id}`);
  return t;
}

/** Every template set's id, in registration order (national first). */
export function templateIds(): string[] {
  return [...sets.keys()];
}

export function isTemplateId(id: unknown): id is string {
  return typeof id === 'string' && sets.has(id);
}

/** The template set the cues point to: the first, by priority, whose detector agrees. */
export function detectTemplateSet(cues: TemplateCues): TemplateSet {
  const all = templateSets();
  return all.find((t) => t.detect(cues)) ?? all[all.length - 1];
}

/** Every report style, in registration order. */
export function reportStyles(): NarrativeStyle[] {
  return [...styles.values()];
}

export function isStyleId(id: unknown): id is string {
  return typeof id === 'string' && styles.has(id);
}

/**
 * A report style by id.
 * @throws Error for an id never registered
 */
export function reportStyle(id: string): NarrativeStyle {
  const s = styles.get(id);
  if (!s) throw new Error(`unknown report style ${id}`);
  return s;
}
