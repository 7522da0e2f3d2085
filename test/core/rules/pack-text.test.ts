import { RulePackError } from '../../../src/core/errors';
import { parseRulePack } from '../../../src/core/rules/pack-format';
import { packText } from '../../../src/core/rules/pack-text';
import { gbkBytes } from '../../factories/gbk';

const PACK = '{"id":"科技局","rules":[{"id":"D-01","kind":"required","schedule":"T01","rows":["收入总计"]}]}';

describe('packText', () => {
  it('reads UTF-8 with and without a byte order mark', () => {
    const utf8 = new TextEncoder().encode(PACK);
    expect(packText(utf8, 'a.json')).toBe(PACK);
    expect(packText(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8]), 'a.json')).toBe(PACK);
    expect(parseRulePack(packText(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8]), 'a.json'), 'a.json').id).toBe('科技局');
  });

  it('reads UTF-16 with a byte order mark (Notepad’s “Unicode”)', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(PACK, 'utf16le')]);
    expect(packText(le, 'a.json')).toBe(PACK);
  });

  it('refuses a GBK-encoded pack, saying to save it as UTF-8', () => {
    const gbk = gbkBytes(PACK);
    expect(new TextDecoder('gbk').decode(gbk)).toBe(PACK);
    expect(() => packText(gbk, 'dept.json')).toThrow(RulePackError);
    expect(() => packText(gbk, 'dept.json')).toThrow('规则包“dept.json”看起来是 GBK（ANSI）编码，无法正确读取其中的中文。请用记事本等编辑器将它另存为 UTF-8 编码后再试。');
  });

  it('refuses bytes that are neither UTF-8 nor GBK', () => {
    expect(() => packText(Uint8Array.of(0x7b, 0xff, 0xff, 0x7d), 'x.json')).toThrow('规则包“x.json”不是 UTF-8 编码，无法正确读取其中的中文');
  });
});
