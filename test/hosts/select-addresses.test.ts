import { addressesOn } from '../../src/hosts/select-addresses';

const cells = (...refs: string[]) => refs.map((r) => ({ sheet: r.split('!')[0], address: r.split('!')[1] }));

describe('addressesOn', () => {
  it('keeps the cells of one sheet, normalised, once each, in order', () => {
    expect(addressesOn(cells('表1!$b$7', '表2!C3', '表1!D9', '表1!B7'), '表1', 255, ',')).toEqual(['B7', 'D9']);
  });

  it('stops before the joined list would pass the limit, counting the separator', () => {
    const many = cells(...Array.from({ length: 10 }, (_, i) => `表1!A${i + 10}`)); // 3 characters each
    expect(addressesOn(many, '表1', 11, ',')).toEqual(['A10', 'A11', 'A12']); // "A10,A11,A12" = 11
    expect(addressesOn(many, '表1', 11, ', ')).toEqual(['A10', 'A11']); // "A10, A11" = 8; a third makes 13
    expect(addressesOn(many, '表1', 2, ',')).toEqual([]);
  });
});
