import { readFile, stat } from 'fs/promises';
import { basename } from 'path';
import { RulePackError, describeLocation } from '../core/errors';
import { RulePack, parseRulePack } from '../core/rules/pack-format';
import { packText } from '../core/rules/pack-text';
import type { StoredPack } from '../core/stored';

/** The largest pack file read: far above any real pack (the built-in ones are under 40 KB). */
export const MAX_PACK_BYTES = 32 * 1024 * 1024;

/**
 * A department's rule pack from `--rules <file>`: read, decoded (packText: UTF-8 with or
 * without BOM; GBK refused with advice) and parsed.
 * @throws RulePackError (Chinese message naming the file) for an unreadable, oversized,
 *   wrongly encoded or invalid pack
 */
export async function loadRulePack(path: string): Promise<RulePack> {
  return parseRulePack(await rulePackText(path), path);
}

/**
 * A pack file to store in a workbook (`juesuan template --rules`): checked as `--rules`
 * checks it, kept as the pane keeps a pack it loads (its file name and JSON text).
 * @throws RulePackError as loadRulePack
 */
export async function loadStoredPack(path: string, now: Date): Promise<StoredPack> {
  const text = await rulePackText(path);
  parseRulePack(text, path);
  return { name: basename(path), text, addedAt: now.toISOString() };
}

async function rulePackText(path: string): Promise<string> {
  const where = describeLocation({ file: path });
  let bytes: Uint8Array;
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new RulePackError(`规则包${where}是一个文件夹，请给出规则包 .json 文件的路径。`, { file: path });
    if (info.size > MAX_PACK_BYTES) {
      throw new RulePackError(`规则包${where}有 ${Math.round(info.size / 1024 / 1024)} MB，超过 ${MAX_PACK_BYTES / 1024 / 1024} MB 的上限，不像是规则包，已拒绝读取。`, { file: path });
    }
    bytes = await readFile(path);
  } catch (e) {
    if (e instanceof RulePackError) throw e;
    throw new RulePackError(`规则包${where}无法读取，请检查路径。`, { file: path });
  }
  return packText(bytes, path);
}
