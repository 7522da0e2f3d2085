import { JuesuanError } from '../core/errors';

/** The user-facing message of an expected failure; anything else is reported as an internal error. */
export function messageOf(e: unknown): string {
  if (e instanceof JuesuanError) return e.message;
  const detail = e instanceof Error ? e.message : String(e);
  return `处理时发生内部错误（${detail}），请将文件提供给开发者排查。`;
}
