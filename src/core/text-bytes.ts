/**
 * Text of bytes that start with a UTF-16 byte-order mark (Windows Notepad's "Unicode", some
 * custom XML parts Excel writes), or undefined for any other bytes.
 * @example utf16ByBom(Uint8Array.from([0xff, 0xfe, 0x61, 0])) === 'a'
 */
export function utf16ByBom(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  return undefined;
}
