import { existsSync, readFileSync } from 'fs';
import { faceIndexOf } from '../../../src/render/charts/sfnt-names';
import { sfntCollection, sfntFont } from '../../factories/sfnt';

describe('faceIndexOf', () => {
  it('finds the face of a collection by its family name', () => {
    const ttc = sfntCollection([{ family: 'Noto Sans CJK JP' }, { family: 'Noto Sans CJK KR' }, { family: 'Noto Sans CJK SC' }]);
    expect(faceIndexOf(ttc, 'Noto Sans CJK SC')).toBe(2);
    expect(faceIndexOf(ttc, 'Noto Sans CJK JP')).toBe(0);
  });

  it('reads a single font as face 0', () => {
    expect(faceIndexOf(sfntFont({ family: 'Microsoft YaHei' }), 'Microsoft YaHei')).toBe(0);
  });

  it('matches the typographic family as well as the legacy one', () => {
    const ttc = sfntCollection([{ family: 'Noto Sans CJK SC Medium', typographicFamily: 'Noto Sans CJK SC' }]);
    expect(faceIndexOf(ttc, 'Noto Sans CJK SC')).toBe(0);
  });

  it('answers -1 when no face has the family, and reads only Windows names', () => {
    expect(faceIndexOf(sfntCollection([{ family: 'Noto Sans CJK JP' }]), 'Noto Sans CJK SC')).toBe(-1);
    expect(faceIndexOf(sfntFont({ macFamily: 'Noto Sans CJK SC' }), 'Noto Sans CJK SC')).toBe(-1);
    // An exact match: a longer name of the same start is another family.
    expect(faceIndexOf(sfntFont({ family: 'Noto Sans CJK SC Mono' }), 'Noto Sans CJK SC')).toBe(-1);
  });

  const noto = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc';
  (existsSync(noto) ? it : it.skip)('finds Simplified Chinese as the third face of Debian’s Noto Sans CJK collection', () => {
    // fonts-noto-cjk's collection: JP, KR, SC, TC, HK, then the Mono faces.
    expect(faceIndexOf(new Uint8Array(readFileSync(noto)), 'Noto Sans CJK SC')).toBe(2);
  });
});
