import { isShortRun } from '../../src/cli/short-run';

describe('isShortRun', () => {
  it('tunes V8 for the one-workbook commands only, never for check (long batches) or help', () => {
    expect(isShortRun(['narrative', 'a.xlsx', '--format', 'docx'])).toBe(true);
    expect(isShortRun(['charts', 'a.xlsx', '--out', 'dir'])).toBe(true);
    for (const argv of [['check', 'a.xlsx'], ['--help'], [], ['verify', 'r.docx', 'a.xlsx'], ['a.xlsx', 'narrative']]) expect(isShortRun(argv)).toBe(false);
  });
});
