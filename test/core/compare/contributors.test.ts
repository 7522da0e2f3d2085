import { contributorSuggestion, largestContributors, pairLines } from '../../../src/core/compare/contributors';

const wan = (x: number) => Math.round(x * 1_000_000);

describe('largestContributors', () => {
  const lines = pairLines(
    [
      { key: '201', name: '一般公共服务支出（类）', value: wan(70) },
      { key: '206', name: '科学技术支出（类）', value: wan(181.56) },
      { key: '208', name: '社会保障和就业支出（类）', value: wan(52) },
    ],
    [
      { key: '201', name: '一般公共服务支出（类）', value: wan(69) },
      { key: '206', name: '科学技术支出（类）', value: wan(200) },
      { key: '208', name: '社会保障和就业支出（类）', value: wan(52) },
      { key: '229', name: '其他支出（类）', value: wan(3) },
    ],
  );

  it('pairs lines by key, a line only last year had counting 0 this year', () => {
    expect(lines.find((l) => l.key === '229')).toEqual({ key: '229', name: '其他支出（类）', current: 0, prior: wan(3) });
  });

  it('takes lines moving the same way as the total, largest first', () => {
    // 201 rises by 1; 206 and 229 fall by 21.44 together, more than 206 alone covers.
    const total = wan(70) + wan(181.56) + wan(52) - (wan(69) + wan(200) + wan(52) + wan(3));
    expect(largestContributors(lines, total).map((l) => l.key)).toEqual(['206', '229']);
    expect(contributorSuggestion(lines, total)).toBe('主要是科学技术支出（类）减少18.44万元、其他支出（类）减少3.00万元');
  });

  it('stops once the total change is covered', () => {
    expect(largestContributors(lines, -wan(10)).map((l) => l.key)).toEqual(['206']);
  });

  it('suggests nothing for no change or when no line moved that way', () => {
    expect(largestContributors(lines, 0)).toEqual([]);
    expect(contributorSuggestion(pairLines([{ key: 'a', name: 'A', value: 1 }], [{ key: 'a', name: 'A', value: 2 }]), 5)).toBeUndefined();
  });
});
