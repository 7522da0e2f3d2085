import { ScheduleId } from '../../schedules/model';
import { SCHEDULE_DEFS } from '../../schedules/catalogue/schedules';
import { Comparator, Comparison, FormulaOperand, FormulaTerm } from './ast';

/**
 * The formula language of rule packs (docs/rule-packs.md, "Formulas"):
 *
 *   comparison := side ('=' | '<=' | '>=' | '<' | '>') side
 *   side       := ['-'] term (('+' | '-') term)*
 *   term       := reference | 'SUM(' prefix-reference ')' | number | '(' side ')'
 *   reference  := SCHEDULE '[' row ']' ['.' column]        T05[2060101].决算数
 *   prefix-ref := SCHEDULE '[' digits '*' ']' ['.' column]  SUM(T05[206*].合计)
 *   column     := header text up to a space or operator, or '[' any header ']'
 *
 * Full-width ＋ －, the minus sign − and ≤ ≥ are read as + - <= >=, since they are what a
 * Chinese input method types.
 */

const SCHEDULE_IDS: readonly string[] = SCHEDULE_DEFS.map((d) => d.id);
const SPACE = /[\s\u00a0\u3000]/;
/** Characters that end a bare column header. */
const COLUMN_END = /[\s\u00a0\u3000+\-＋－−=<>≤≥()（）[\]]/;
const PLUS = new Set(['+', '＋']);
const MINUS = new Set(['-', '－', '−']);
const COMPARATORS: [string, Comparator][] = [
  ['<=', '<='],
  ['>=', '>='],
  ['≤', '<='],
  ['≥', '>='],
  ['=', '='],
  ['＝', '='],
  ['<', '<'],
  ['>', '>'],
];
const MAX_DEPTH = 20;

/** A formula that does not follow the language; `column` is 1-based in the formula text. */
export class FormulaSyntaxError extends Error {
  constructor(
    readonly problem: string,
    readonly column: number,
  ) {
    super(`第 ${column} 个字符处${problem}`);
  }
}

class Parser {
  private at = 0;
  private depth = 0;

  constructor(private readonly text: string) {}

  fail(problem: string, at = this.at): never {
    throw new FormulaSyntaxError(problem, at + 1);
  }

  private skipSpace(): void {
    while (this.at < this.text.length && SPACE.test(this.text[this.at])) this.at++;
  }

  private peek(): string {
    this.skipSpace();
    return this.text[this.at] ?? '';
  }

  private comparator(): Comparator | undefined {
    this.skipSpace();
    for (const [written, op] of COMPARATORS) {
      if (this.text.startsWith(written, this.at)) {
        this.at += written.length;
        return op;
      }
    }
    return undefined;
  }

  comparison(): Comparison {
    if (this.peek() === '') this.fail('应为公式，而公式是空的');
    const left = this.side();
    const opAt = this.at;
    const op = this.comparator();
    if (!op) this.fail(this.peek() === '' ? '缺少比较符号（= <= >= < >）' : `应为 +、- 或比较符号（= <= >= < >），而不是“${this.peek()}”`);
    if (this.peek() === '') this.fail(`比较符号“${this.text.slice(opAt, this.at).trim()}”后面缺少内容`);
    const right = this.side();
    const extraAt = this.at;
    if (this.comparator()) this.fail('一条公式只能有一个比较符号', this.text.slice(extraAt).search(/\S/) + extraAt);
    if (this.peek() !== '') this.fail(`多余的内容“${this.text.slice(this.at)}”`);
    if ([...left, ...right].every((t) => t.operand.kind === 'number')) this.fail('公式没有引用任何表中的数（如 T01[收入总计]）', 0);
    return { left, op, right, text: this.text };
  }

  /** Σ ±term until a comparator, ')' or the end. */
  private side(): FormulaTerm[] {
    const terms: FormulaTerm[] = [];
    let sign: 1 | -1 = 1;
    const c = this.peek();
    if (MINUS.has(c)) {
      sign = -1;
      this.at++;
    } else if (PLUS.has(c)) this.at++;
    for (;;) {
      terms.push(...this.term(sign));
      const next = this.peek();
      if (PLUS.has(next)) sign = 1;
      else if (MINUS.has(next)) sign = -1;
      else return terms;
      this.at++;
    }
  }

  private term(sign: 1 | -1): FormulaTerm[] {
    const c = this.peek();
    const start = this.at;
    if (c === '(' || c === '（') {
      if (++this.depth > MAX_DEPTH) this.fail(`括号嵌套超过 ${MAX_DEPTH} 层`);
      this.at++;
      const inner = this.side();
      const close = this.peek();
      if (close !== ')' && close !== '）') this.fail(close === '' ? `缺少与第 ${start + 1} 个字符处“(”配对的“)”` : `应为“)”，而不是“${close}”`);
      this.at++;
      this.depth--;
      return inner.map((t) => ({ sign: (t.sign * sign) as 1 | -1, operand: t.operand }));
    }
    return [{ sign, operand: this.operand() }];
  }

  private operand(): FormulaOperand {
    const start = this.at;
    const rest = this.text.slice(this.at);
    const number = /^\d+(?:\.\d+)?/.exec(rest);
    if (number) {
      this.at += number[0].length;
      return { kind: 'number', value: Number(number[0]), text: number[0], column: start + 1 };
    }
    if (/^SUM\s*[(（]/i.test(rest)) return this.sum();
    if (/^[A-Za-z]/.test(rest)) return this.reference(false);
    if (rest === '') this.fail('公式不完整，缺少表引用（如 T01[收入总计]）、SUM(…) 或数字');
    return this.fail(`应为表引用（如 T01[收入总计]）、SUM(…) 或数字，而不是“${rest[0]}”`);
  }

  private sum(): FormulaOperand {
    const start = this.at;
    this.at = this.text.slice(this.at).search(/[(（]/) + this.at + 1;
    this.skipSpace();
    if (!/^[A-Za-z]/.test(this.text.slice(this.at))) this.fail('SUM(…) 里应为按代码前缀的表引用，如 SUM(T05[206*].合计)');
    const ref = this.reference(true);
    const close = this.peek();
    if (close !== ')' && close !== '）') this.fail(close === '' ? `缺少与第 ${start + 1} 个字符处“SUM(”配对的“)”` : `SUM(…) 里只能有一个表引用，应为“)”，而不是“${close}”`);
    this.at++;
    return { ...ref, text: this.text.slice(start, this.at).trim(), column: start + 1 };
  }

  /** SCHEDULE[row](.column); with `prefix`, the row must be digits followed by '*'. */
  private reference(prefix: boolean): FormulaOperand {
    const start = this.at;
    const id = /^[A-Za-z][A-Za-z0-9]*/.exec(this.text.slice(this.at))![0];
    const schedule = id.toUpperCase();
    if (!SCHEDULE_IDS.includes(schedule)) this.fail(`“${id}”不是已知的表编号（可用：${SCHEDULE_IDS.join('、')}）`);
    this.at += id.length;
    if (this.text[this.at] !== '[') this.fail(`表编号“${id}”后应为“[行名或科目代码]”`);
    const rowAt = this.at + 1;
    const close = this.text.indexOf(']', rowAt);
    if (close < 0) this.fail('缺少“]”', this.text.length);
    const row = this.text.slice(rowAt, close).trim();
    if (row === '') this.fail('“[]”里应为行名或科目代码', rowAt);
    this.at = close + 1;
    let col: string | undefined;
    if (this.text[this.at] === '.' || this.text[this.at] === '．') col = this.columnName();
    const text = this.text.slice(start, this.at);
    if (prefix) {
      const m = /^(\d+)\*$/.exec(row);
      if (!m) this.fail(`SUM 按科目代码前缀求和，“[]”里应为代码后加“*”，如 [206*]，而不是“${row}”`, rowAt);
      return { kind: 'sum', schedule: schedule as ScheduleId, prefix: m[1], col, text, column: start + 1 };
    }
    if (row.includes('*')) this.fail('“*”只能用在 SUM(…) 里，如 SUM(T05[206*].合计)', rowAt + row.indexOf('*'));
    return { kind: 'ref', schedule: schedule as ScheduleId, row, byCode: /^\d+$/.test(row), col, text, column: start + 1 };
  }

  private columnName(): string {
    this.at++;
    const colAt = this.at;
    if (this.text[this.at] === '[') {
      const close = this.text.indexOf(']', this.at + 1);
      if (close < 0) this.fail('栏名缺少“]”', this.text.length);
      const name = this.text.slice(this.at + 1, close).trim();
      if (name === '') this.fail('“.[]”里应为栏名', colAt);
      this.at = close + 1;
      return name;
    }
    while (this.at < this.text.length && !COLUMN_END.test(this.text[this.at])) this.at++;
    if (this.at === colAt) this.fail('“.”后应为栏名（表头上印的名称，如 决算数）', colAt);
    return this.text.slice(colAt, this.at);
  }
}

/**
 * Parse a formula or a `when` condition.
 * @throws FormulaSyntaxError with the problem in Chinese and its 1-based column
 * @example parseFormula('T01[收入总计] = T01[支出总计]').op === '='
 */
export function parseFormula(text: string): Comparison {
  return new Parser(text).comparison();
}
