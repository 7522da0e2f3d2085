import { sniffFileKind } from '../../../src/hosts/xlsx/signature';
import { fakeOle, utf16le } from './factories';

const text = (s: string) => new TextEncoder().encode(s);

describe('sniffFileKind', () => {
  it.each([
    ['empty', new Uint8Array(0)],
    ['zip', Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00])],
    ['ole', fakeOle(utf16le('Workbook'))],
    ['ole-encrypted', fakeOle(utf16le('EncryptionInfo'))],
    ['pdf', text('%PDF-1.4')],
    ['image', Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0x00])],
    ['html', text('<!DOCTYPE html><html>')],
    ['xml-spreadsheet', text('<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet">')],
    ['text', text('科目编码,科目名称\n201,一般公共服务支出\n')],
    ['unknown', Uint8Array.from([0x00, 0x00, 0x01])],
  ])('recognises %s', (kind, bytes) => {
    expect(sniffFileKind(bytes)).toBe(kind);
  });

  it('does not take "EncryptionInfo" in plain ASCII for an encrypted workbook', () => {
    const ascii = Array.from(text('EncryptionInfo'));
    expect(sniffFileKind(fakeOle(ascii))).toBe('ole');
  });
});
