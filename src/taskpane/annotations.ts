import { Annotation, Annotations } from '../hosts/workbook-host';

/** An annotation with nothing in it is dropped rather than stored. */
function put(annotations: Annotations, key: string, next: Annotation): Annotations {
  const out = { ...annotations };
  if (!next.explanation && !next.ignored) delete out[key];
  else out[key] = next;
  return out;
}

/**
 * The annotations with `key`'s explanation set (trimmed; empty text removes it).
 * @example withExplanation({}, 'W-01@表1!B9', ' 因政策调整 ', now)['W-01@表1!B9'].explanation === '因政策调整'
 */
export function withExplanation(annotations: Annotations, key: string, text: string, now: Date): Annotations {
  const explanation = text.trim();
  const prev = annotations[key];
  const next: Annotation = { ...prev, updatedAt: now.toISOString() };
  if (explanation) next.explanation = explanation;
  else delete next.explanation;
  return put(annotations, key, next);
}

/** The annotations with `key` ignored or restored; an explanation is kept either way. */
export function withIgnored(annotations: Annotations, key: string, ignored: boolean, now: Date): Annotations {
  const next: Annotation = { ...annotations[key], updatedAt: now.toISOString() };
  if (ignored) next.ignored = true;
  else delete next.ignored;
  return put(annotations, key, next);
}
