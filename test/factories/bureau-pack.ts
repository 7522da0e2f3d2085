/** A finance bureau's rule pack with formula rules, shared by the session, command-line and preview tests. */

/** The pack a finance bureau hands out: T01-R05 off, the same balance as a formula, and a SUM with a condition. */
export const BUREAU_PACK = {
  id: '某市财政局-2024',
  template: 'any',
  description: '财政局统一审核公式',
  rules: [
    { id: 'T01-R05', disabled: true },
    { id: 'BUREAU-01', formula: 'T01[收入总计] = T01[支出总计]', severity: 'error', message: '收入总计 {left} 与支出总计 {right} 不等，相差 {difference} {unit}' },
    { id: 'BUREAU-02', formula: 'T05[合计] = SUM(T05[2*].合计)', when: 'T05[合计] > 0', severity: 'warning' },
  ],
};
