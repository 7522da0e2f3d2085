import { countFindings, countsSentence } from '../../../src/taskpane/review/summary';
import { finding, review } from '../support';

const NOW = '2025-03-01T08:00:00.000Z';

describe('countFindings', () => {
  const findings = [
    finding('A', { at: ['表1!B1'] }),
    finding('B', { at: ['表1!B2'], severity: 'warning' }),
    finding('C', { at: ['表1!B3'], severity: 'warning' }),
    finding('D', { severity: 'info' }),
    finding('E', { outcome: 'insufficient_data' }),
    finding('F', { outcome: 'not_applicable', severity: 'info' }),
  ];

  it('counts open findings by kind and keeps the passes', () => {
    expect(countFindings(review(findings), {})).toEqual({
      open: { error: 1, warning: 2, info: 1, unchecked: 1, notApplicable: 1 },
      pass: 10,
      ignored: 0,
      explainedWarnings: 0,
    });
  });

  it('takes ignored findings and explained warnings out of what is still to do', () => {
    const annotations = {
      'A@表1!B1': { ignored: true, updatedAt: NOW },
      'B@表1!B2': { explanation: '新增专项', updatedAt: NOW },
    };
    const c = countFindings(review(findings), annotations);
    expect(c.open.error).toBe(0);
    expect(c.open.warning).toBe(1);
    expect(c.ignored).toBe(1);
    expect(c.explainedWarnings).toBe(1);
    expect(countsSentence(c)).toBe('待处理：错误 0，警告 1，提示 1，无法检查 1；已说明 2（其中已忽略 1）');
  });

  it('reads as a short sentence when all is well', () => {
    expect(countsSentence(countFindings(review([]), {}))).toBe('待处理：错误 0，警告 0，提示 0');
  });
});
