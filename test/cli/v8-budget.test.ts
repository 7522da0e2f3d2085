import { runsEngine } from '../../src/cli/v8-budget';

describe('runsEngine', () => {
  it('tunes V8 for the commands that run the engine, not for help or a word it does not know', () => {
    for (const argv of [['narrative', 'a.xlsx', '--format', 'docx'], ['charts', 'a.xlsx', '--out', 'dir'], ['check', 'a.xlsx'], ['verify', 'r.docx', 'a.xlsx'], ['demo']]) expect(runsEngine(argv)).toBe(true);
    for (const argv of [['--help'], [], ['help'], ['a.xlsx', 'narrative']]) expect(runsEngine(argv)).toBe(false);
  });
});
