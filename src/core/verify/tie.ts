import { clauseAfter, clauseBefore } from './figures';
import { Claim, StatedFigure, TiedFigure } from './types';

/**
 * Tying each stated figure to the figure it claims, from the words around it: an amount is
 * the claim whose name ends nearest before it (in its sentence, else in the sentences of the
 * paragraph before it); a rate, share or completion belongs to the amount stated just before
 * it; a count is named in its clause. Wording may change freely around the names.
 */

interface NameHit {
  claim: Claim;
  end: number;
  length: number;
}

/** The claim named last in `text` (the nearest name before its end); ties go to the longer name. */
export function lastNamed(text: string, claims: Claim[]): Claim | undefined {
  let best: NameHit | undefined;
  const hits: NameHit[] = [];
  for (const claim of claims) {
    for (const name of claim.names) {
      const at = text.lastIndexOf(name);
      if (at < 0) continue;
      const hit = { claim, end: at + name.length, length: name.length };
      hits.push(hit);
      if (!best || hit.end > best.end || (hit.end === best.end && hit.length > best.length)) best = hit;
    }
  }
  if (!best) return undefined;
  // The same name on several rows (行政运行 under many 款): the row whose parents are named.
  const same = hits.filter((h) => h.end === best!.end && h.length === best!.length);
  if (same.length === 1) return best.claim;
  const score = (c: Claim) => (c.parents ?? []).filter((p) => text.includes(p)).length;
  return same.reduce((a, b) => (score(b.claim) > score(a.claim) ? b : a)).claim;
}

/** The claim named in `text` first (for names written after a count: "5个项目开展了绩效目标管理"). */
function firstNamed(text: string, claims: Claim[]): Claim | undefined {
  let best: { claim: Claim; at: number; length: number } | undefined;
  for (const claim of claims)
    for (const name of claim.names) {
      const at = text.indexOf(name);
      if (at >= 0 && (!best || at < best.at || (at === best.at && name.length > best.length))) best = { claim, at, length: name.length };
    }
  return best?.claim;
}

const FUNDS = /一般公共预算|政府性基金预算|国有资本经营预算/g;

const unitOf = (u: string) => (u === '台' || u === '套' ? '台（套）' : u);

/**
 * Tie the figures of one sentence. `context` is the text of the paragraph's earlier
 * sentences (normalised), searched when the sentence itself names nothing.
 */
export function tieSentence(text: string, context: string, figures: StatedFigure[], claims: Claim[]): TiedFigure[] {
  const amounts = claims.filter((c) => c.kind === 'amount');
  const out: TiedFigure[] = [];
  let subject: Claim | undefined;
  for (const figure of figures) {
    const tied: TiedFigure = { figure };
    if (figure.kind === 'amount' || figure.kind === 'difference') {
      const previous = out[out.length - 1];
      // "各是A、B万元": B is the pair of A's line (支出总计 after 收入总计).
      const paired = previous?.claim?.pair && previous.figure.end + 1 === figure.start && text[previous.figure.end] === '、' ? previous.claim.pair : undefined;
      const claim = paired ?? lastNamed(text.slice(0, figure.start), amounts) ?? lastNamed(context, amounts);
      if (claim) tied.claim = claim;
      // 一般公共预算 names a fund, not a budget figure.
      const clause = clauseBefore(text, figure.start).replace(FUNDS, '');
      if (figure.kind === 'amount' && /预算/.test(clause) && !/决算/.test(clause)) tied.budget = true;
      else subject = claim;
    } else if (figure.kind === 'count') {
      const counts = claims.filter((c) => c.kind === 'count' && unitOf(c.unit ?? '') === unitOf(figure.unit));
      const claim =
        lastNamed(clauseBefore(text, figure.start), counts) ??
        firstNamed(clauseAfter(text, figure.end), counts) ??
        lastNamed(text.slice(0, figure.start), counts);
      if (claim) tied.claim = claim;
    } else {
      const claim = subject ?? lastNamed(text.slice(0, figure.start), amounts) ?? lastNamed(context, amounts);
      if (claim) tied.claim = claim;
      // "占本年支出合计的12%": the whole is named between 占 and the figure.
      const share = /占(.*)$/.exec(clauseBefore(text, figure.start));
      const whole = share && share[1] ? lastNamed(share[1], amounts) : undefined;
      if (whole && whole !== claim) tied.whole = whole;
    }
    out.push(tied);
  }
  return out;
}
