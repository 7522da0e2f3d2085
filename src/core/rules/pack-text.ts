import { RulePackError } from '../errors';
import { utf16ByBom } from '../text-bytes';

/**
 * The text of a rule-pack file from its bytes. Packs are UTF-8 (a BOM, as Windows Notepad
 * writes it, is dropped); UTF-16 with a BOM (Notepad's "Unicode") is read too. Bytes that
 * are not valid UTF-8 are refused rather than decoded with replacement characters, which
 * would garble every Chinese row and column name and quietly turn rules into
 * not_applicable; a file that reads as GBK (Chinese Windows' default, "ANSI") gets a
 * message saying to save it as UTF-8.
 * @throws RulePackError naming `source`
 * @example packText(new TextEncoder().encode('{"id":"d","rules":[]}'), 'd.json')
 */
export function packText(bytes: Uint8Array, source: string): string {
  const utf16 = utf16ByBom(bytes);
  if (utf16 !== undefined) return utf16;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const encoding = readsAsGbk(bytes) ? '看起来是 GBK（ANSI）编码' : '不是 UTF-8 编码';
    throw new RulePackError(`规则包“${source}”${encoding}，无法正确读取其中的中文。请用记事本等编辑器将它另存为 UTF-8 编码后再试。`, { file: source });
  }
}

/**
 * True when the bytes decode as GBK into text with Chinese characters and no invalid
 * sequence. (Node's GBK decoder drops some invalid bytes even when `fatal`, so the Chinese
 * characters are what tells GBK text from other bytes.)
 */
function readsAsGbk(bytes: Uint8Array): boolean {
  try {
    const text = new TextDecoder('gbk', { fatal: true }).decode(bytes);
    return /[\u4e00-\u9fff]/.test(text) && !text.includes('\ufffd');
  } catch {
    // Not GBK either, or a runtime without the GBK decoder (Node built with small-icu).
    return false;
  }
}
