import { JuesuanError } from '../errors';
import { RulePack, parseRulePack } from '../rules/pack-format';
import { StoredPack } from '../stored/document';

/** How a pack stored in the workbook fared: its rule count, or why it is not used. */
export interface StoredPackStatus {
  name: string;
  rules?: number;
  problem?: string;
}

/**
 * The stored packs that parse (checked with the same messages as `--rules`), and the status
 * of each for 设置.
 */
export function storedPacks(stored: readonly StoredPack[]): { packs: RulePack[]; status: StoredPackStatus[] } {
  const packs: RulePack[] = [];
  const status: StoredPackStatus[] = [];
  for (const p of stored) {
    try {
      const pack = parseRulePack(p.text, p.name);
      packs.push(pack);
      status.push({ name: p.name, rules: pack.rules.length });
    } catch (e) {
      status.push({ name: p.name, problem: e instanceof JuesuanError ? e.message : String(e) });
    }
  }
  return { packs, status };
}
