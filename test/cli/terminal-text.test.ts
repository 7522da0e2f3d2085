import { terminalSafe, terminalSafeIO, terminalSafeJson } from '../../src/cli/terminal-text';

describe('terminalSafe', () => {
  it('drops C0 controls but tab and line feed, DEL and the C1 controls (8-bit CSI)', () => {
    expect(terminalSafe('a\u001b[2Jb\u0007c\rd\u007fe\u009b31mf\u0085g')).toBe('a[2Jbcde31mfg');
    expect(terminalSafe('列1\t列2\n下一行')).toBe('列1\t列2\n下一行');
  });

  it('cleans every string of a JSON value, so no \\u001b escape reaches a consumer', () => {
    const value = terminalSafeJson({ message: '见\u001b说明', cells: [{ sheet: '表\u0007', address: 'A1' }], n: 3, none: null });
    expect(JSON.stringify(value)).toBe('{"message":"见说明","cells":[{"sheet":"表","address":"A1"}],"n":3,"none":null}');
  });

  it('gives a value without control characters back as it is, and cleans one hidden in a key or deep in an array', () => {
    const clean = { message: '收入合计', cells: [{ sheet: '表1', address: 'A1' }], n: 3 };
    expect(terminalSafeJson(clean)).toBe(clean);
    expect(terminalSafeJson({ ['键\u001b']: [[1, ['\u009b值']]] })).toEqual({ ['键']: [[1, ['值']]] });
  });

  it('wraps an IO', () => {
    let out = '';
    let err = '';
    const io = terminalSafeIO({ out: (t) => (out += t), err: (t) => (err += t) });
    io.out('x\u001by');
    io.err('\u0007z');
    expect([out, err]).toEqual(['xy', 'z']);
  });
});
