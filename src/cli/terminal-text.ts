import { CliIO } from './io';

/**
 * Control characters a terminal acts on: C0 except tab and line feed (ESC starts colour
 * and cursor sequences, BEL rings, CR overwrites the line), DEL, and C1 (U+009B is an 8-bit
 * CSI). Workbook text can carry any of them (`_x001B_` in the sheet XML).
 */
// eslint-disable-next-line no-control-regex -- control characters are exactly what must go
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/**
 * Text without terminal control characters; tab and line feed are kept.
 * @example terminalSafe('A\u001b[31mB\u0007') === 'A[31mB'
 */
export function terminalSafe(text: string): string {
  return text.replace(CONTROL, '');
}

/** The same test as CONTROL, without the global flag's state. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what must go
const HAS_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

/** True when a string anywhere in a JSON-ready value (key or value) holds a control character. */
function holdsControl(value: unknown): boolean {
  if (typeof value === 'string') return HAS_CONTROL.test(value);
  if (typeof value !== 'object' || value === null) return false;
  if (Array.isArray(value)) return value.some(holdsControl);
  for (const k in value) if (HAS_CONTROL.test(k) || holdsControl((value as Record<string, unknown>)[k])) return true;
  return false;
}

/**
 * Every string in a JSON-ready value made terminal-safe (keys and values), so no consumer
 * re-creates them from \u escapes. The value itself when it has none (nearly always).
 */
export function terminalSafeJson<T>(value: T): T {
  return holdsControl(value) ? safeCopy(value) : value;
}

function safeCopy<T>(value: T): T {
  if (typeof value === 'string') return terminalSafe(value) as T;
  if (Array.isArray(value)) return value.map(safeCopy) as T;
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [terminalSafe(k), safeCopy(v)])) as T;
  }
  return value;
}

/** An IO whose every write is terminal-safe: what the juesuan command prints goes through it. */
export function terminalSafeIO(io: CliIO): CliIO {
  return { out: (text) => io.out(terminalSafe(text)), err: (text) => io.err(terminalSafe(text)) };
}
