import JSZip from 'jszip';
import { XmlElement, findAll, parseXml } from './xml';

/** A .docx unpacked and its main parts parsed, for the tests. */
export interface DocxPackage {
  zip: JSZip;
  contentTypes: XmlElement;
  rels: XmlElement;
  document: XmlElement;
  styles: XmlElement;
  /** The part a relationship of word/document.xml points at, parsed. */
  related(type: string): Promise<XmlElement>;
}

async function part(zip: JSZip, path: string): Promise<XmlElement> {
  const file = zip.file(path);
  if (!file) throw new Error(`part ${path} missing`);
  return parseXml(await file.async('string'));
}

export async function unpackDocx(bytes: Uint8Array): Promise<DocxPackage> {
  const zip = await JSZip.loadAsync(bytes);
  const rels = await part(zip, 'word/_rels/document.xml.rels');
  return {
    zip,
    contentTypes: await part(zip, '[Content_Types].xml'),
    rels,
    document: await part(zip, 'word/document.xml'),
    styles: await part(zip, 'word/styles.xml'),
    related: (type: string) => {
      const rel = findAll(rels, 'Relationship').find((r) => r.attrs.Type.endsWith(`/relationships/${type}`));
      if (!rel) throw new Error(`no ${type} relationship`);
      return part(zip, `word/${rel.attrs.Target}`);
    },
  };
}

/** The w:style element with this id. */
export function styleById(styles: XmlElement, id: string): XmlElement {
  const found = findAll(styles, 'w:style').filter((s) => s.attrs['w:styleId'] === id);
  if (found.length !== 1) throw new Error(`${found.length} styles with id ${id}`);
  return found[0];
}

/** The attributes of the first descendant named `name`, or undefined. */
export function attrsOf(el: XmlElement, name: string): Record<string, string> | undefined {
  return findAll(el, name)[0]?.attrs;
}

/** The paragraph style id of a w:p, or undefined. */
export function pStyle(p: XmlElement): string | undefined {
  return attrsOf(p, 'w:pStyle')?.['w:val'];
}

/**
 * Each entry's compression method by name (0 stored, 8 deflated), read from the zip's
 * central directory (PKWARE APPNOTE 4.3.12 and 4.3.16; no zip64, no archive comment).
 */
export function zipMethods(bytes: Uint8Array): Map<string, number> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = bytes.length - 22;
  if (view.getUint32(end, true) !== 0x06054b50) throw new Error('no end of central directory record');
  const methods = new Map<string, number>();
  let at = view.getUint32(end + 16, true);
  for (let i = view.getUint16(end + 10, true); i > 0; i--) {
    if (view.getUint32(at, true) !== 0x02014b50) throw new Error(`no central directory header at ${at}`);
    const [nameLength, extraLength, commentLength] = [28, 30, 32].map((o) => view.getUint16(at + o, true));
    methods.set(Buffer.from(bytes.subarray(at + 46, at + 46 + nameLength)).toString('utf8'), view.getUint16(at + 10, true));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return methods;
}
