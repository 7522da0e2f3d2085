/**
 * Byte sniffing for workbook files. Checking the first bytes before handing the data to
 * ExcelJS lets us tell a user *why* a file cannot be read (old .xls, encrypted, a PDF …)
 * instead of passing on JSZip's "can't find end of central directory".
 */

/** What the leading bytes say a file is. */
export type FileKind =
  | 'empty'
  | 'zip'
  | 'ole-encrypted'
  | 'ole'
  | 'pdf'
  | 'image'
  | 'html'
  | 'xml-spreadsheet'
  | 'text'
  | 'unknown';

const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
// Local file header, and the end-of-central-directory record that opens an empty zip.
const ZIP_SIGNATURES = [
  [0x50, 0x4b, 0x03, 0x04],
  [0x50, 0x4b, 0x05, 0x06],
];
const PDF_SIGNATURE = [0x25, 0x50, 0x44, 0x46]; // %PDF
const IMAGE_SIGNATURES = [
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0xff, 0xd8, 0xff], // JPEG
  [0x47, 0x49, 0x46, 0x38], // GIF8
];

function startsWith(bytes: Uint8Array, prefix: number[], at = 0): boolean {
  if (bytes.length < at + prefix.length) return false;
  for (let i = 0; i < prefix.length; i++) if (bytes[at + i] !== prefix[i]) return false;
  return true;
}

/** Index of `needle` in `bytes`, or -1. Only OLE files are searched, never a whole .xlsx. */
function indexOfBytes(bytes: Uint8Array, needle: number[]): number {
  const first = needle[0];
  const last = bytes.length - needle.length;
  for (let i = 0; i <= last; i++) {
    if (bytes[i] === first && startsWith(bytes, needle, i)) return i;
  }
  return -1;
}

function utf16le(text: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    out.push(code & 0xff, code >> 8);
  }
  return out;
}

// An encrypted .xlsx is an OLE2 compound file whose directory names an "EncryptionInfo"
// stream (directory entry names are UTF-16LE).
const ENCRYPTION_INFO = utf16le('EncryptionInfo');

function looksLikeText(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 1024);
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    // Control bytes other than tab, LF, CR do not occur in text (UTF-8 or GBK alike).
    if (b < 0x09 || (b > 0x0d && b < 0x20) || b === 0x7f) return false;
  }
  return true;
}

/** Classify data by its leading bytes. */
export function sniffFileKind(bytes: Uint8Array): FileKind {
  if (bytes.length === 0) return 'empty';
  if (ZIP_SIGNATURES.some((s) => startsWith(bytes, s))) return 'zip';
  if (startsWith(bytes, CFB_SIGNATURE)) {
    return indexOfBytes(bytes, ENCRYPTION_INFO) >= 0 ? 'ole-encrypted' : 'ole';
  }
  if (startsWith(bytes, PDF_SIGNATURE)) return 'pdf';
  if (IMAGE_SIGNATURES.some((s) => startsWith(bytes, s))) return 'image';
  if (looksLikeText(bytes)) {
    const head = String.fromCharCode(...bytes.subarray(0, 1024)).toLowerCase();
    // Systems often export an HTML table or an "XML Spreadsheet 2003" named .xls/.xlsx.
    if (head.includes('urn:schemas-microsoft-com:office:spreadsheet')) return 'xml-spreadsheet';
    if (head.includes('<html') || head.includes('<!doctype html') || head.includes('<table')) return 'html';
    return 'text';
  }
  return 'unknown';
}
