/**
 * The three ways Office.js accepts what to load: "a, b/c" text, an array of names, or an
 * object ({ select, expand } or { a: true, b: { c: true } }). All become paths such as
 * "name" or "items/name".
 */
import { invalidArgument } from './errors';

export type LoadArg = string | string[] | Record<string, unknown> | undefined;

function objectPaths(obj: Record<string, unknown>, prefix: string): string[] {
  const out: string[] = [];
  for (const [key, value] of Object.entries(obj)) {
    if (key === '$all' && value === true) out.push(`${prefix}*`);
    else if (key.startsWith('$')) continue;
    else if (value === true) out.push(prefix + key);
    else if (value && typeof value === 'object') out.push(...objectPaths(value as Record<string, unknown>, `${prefix}${key}/`));
    else if (value !== false && value !== undefined) throw invalidArgument(`load option ${key}`);
  }
  return out;
}

/** Paths named by a load argument; [] means "all scalar properties". */
export function loadPaths(arg: LoadArg): string[] {
  if (arg === undefined || arg === null) return [];
  if (typeof arg === 'string') return arg.split(',').map((s) => s.trim()).filter(Boolean);
  if (Array.isArray(arg)) return arg.flatMap((s) => loadPaths(s));
  const o = arg as { select?: unknown; expand?: unknown };
  if (typeof o.select === 'string' || typeof o.expand === 'string') {
    return [...loadPaths(o.select as string | undefined), ...loadPaths(o.expand as string | undefined)];
  }
  return objectPaths(arg, '');
}
