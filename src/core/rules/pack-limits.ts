import { RulePackError } from '../errors';

/**
 * Bounds on a rule pack, so a hostile or broken pack is refused with a message instead of
 * exhausting the stack or the memory. Real packs are far inside them: the built-in packs
 * nest 5 levels deep, hold under 100 rules and repeat a rule for at most 5 `each` values.
 */
export const PACK_LIMITS = {
  /** Levels of nested objects and lists (the pack object itself is level 1). */
  depth: 20,
  /** Values of one rule's `each`. */
  each: 1_000,
  /** Rules of one pack, counted after `each` has repeated them. */
  rules: 50_000,
} as const;

function tooDeep(source: string): RulePackError {
  return new RulePackError(
    `规则包“${source}”的嵌套层数超过 ${PACK_LIMITS.depth} 层，不像是规则包（规则包通常只有 5 层左右），已拒绝读取`,
    { file: source },
  );
}

/**
 * Refuse a parsed JSON value nested deeper than PACK_LIMITS.depth. Walks with an explicit
 * stack, so the check itself cannot overflow however deep the value is.
 * @throws RulePackError naming `source`
 */
export function checkPackDepth(value: unknown, source: string): void {
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length > 0) {
    const [v, depth] = stack.pop()!;
    if (typeof v !== 'object' || v === null) continue;
    if (depth > PACK_LIMITS.depth) throw tooDeep(source);
    for (const child of Array.isArray(v) ? v : Object.values(v)) {
      if (typeof child === 'object' && child !== null) stack.push([child, depth + 1]);
    }
  }
}

/**
 * Refuse a pack whose rules, once repeated for their `each` values, would exceed
 * PACK_LIMITS.rules; `count` is the number so far.
 * @throws RulePackError naming `source`
 */
export function checkRuleCount(count: number, source: string): void {
  if (count > PACK_LIMITS.rules) {
    throw new RulePackError(`规则包“${source}”的规则超过 ${PACK_LIMITS.rules} 条（含 each 展开的规则），已拒绝读取；请拆分或精简规则包`, { file: source });
  }
}
