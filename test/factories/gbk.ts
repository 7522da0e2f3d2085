/**
 * Text encoded as GBK, the "ANSI" encoding of Chinese Windows, for tests of files saved that
 * way. There is no GBK encoder in Node or the browser, only the decoder (Encoding Standard),
 * so the table is built by decoding every two-byte GBK sequence once.
 */
let table: Map<string, [number, number]> | undefined;

function gbkTable(): Map<string, [number, number]> {
  if (table) return table;
  table = new Map();
  const decoder = new TextDecoder('gbk', { fatal: true });
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      try {
        const ch = decoder.decode(Uint8Array.of(lead, trail));
        if (!table.has(ch)) table.set(ch, [lead, trail]);
      } catch {
        // Not a GBK sequence.
      }
    }
  }
  return table;
}

/**
 * The GBK bytes of `text` (ASCII as itself).
 * @example gbkBytes('科目') → [0xbf, 0xc6, 0xc4, 0xbf]
 */
export function gbkBytes(text: string): Uint8Array {
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) {
      out.push(code);
      continue;
    }
    const pair = gbkTable().get(ch);
    if (!pair) throw new Error(`no GBK code for ${ch}`);
    out.push(...pair);
  }
  return Uint8Array.from(out);
}
