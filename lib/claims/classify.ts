/**
 * Classification of one aligned pair of claims: the ways the two statements differ (quote
 * wording, attribution, number, date, certainty, negation), or none when they agree. Each check
 * stays quiet unless both sides state the part and the two cannot be the same: a name spelled
 * another way, a more specific venue of the same outlet, or a paraphrase is not a difference.
 */
import { type ArticleContext, venuesOf } from './context';
import { compatibleDates } from './dates';
import { STOPWORDS } from '../text/stopwords';
import { contentWords, shared, wordBefore, wordsAfterEach, wordsAround, wordsBeforeEach } from './nearby';
import type {
  Certainty,
  Claim,
  DifferenceKind,
  Negation,
  NumberMention,
  Quote,
  Speaker,
  Venue,
} from './types';
import { sameSpeaker, speakerKeys } from './speaker-keys';
import { sameVenue } from './venue';
import { type DiffPart, renderWordDiff, wordDiff } from '../text/word-diff';

export interface Finding {
  kind: DifferenceKind;
  detail: string;
}

/** Share of the shorter quotation two quotations must have in common to be the same quotation. */
const SAME_QUOTE_SHARE = 0.5;
/** …and never fewer words than this, so two short phrases do not pair by chance. */
const SAME_QUOTE_MIN_WORDS = 3;
/** …unless that many content words are shared: a fragment of the same quote ("Article 5"). */
const FRAGMENT_MIN_CONTENT = 2;
/** Share of a quote's content words the other report must use to be retelling it. */
const RETOLD_SHARE = 0.6;
/** Relative tolerance for numbers given as approximate ("about 1,500"). */
const APPROXIMATE_TOLERANCE = 0.1;
/** Content words read on each side of a number, and of a date, to tell what it is said of. */
const NUMBER_WINDOW = 3;
const DATE_WINDOW = 4;
/** Content words read after a certainty cue: what it grades. */
const CUE_WINDOW = 8;
const MIN_SHARED_AFTER_CUE = 2;
/** Content words before an affirmed predicate in which its subject must be found. */
const SUBJECT_WINDOW = 4;
const LEVEL_NAMES = { 1: 'possibility', 2: 'intent or openness', 3: 'commitment' } as const;

/** Every difference between two aligned claims; empty when they agree. */
export function classifyPair(a: Claim, b: Claim, ctxA: ArticleContext, ctxB: ArticleContext): Finding[] {
  return [
    ...compareQuotes(a, b, ctxA, ctxB),
    ...compareAttribution(a, b, ctxA, ctxB),
    ...compareNumbers(a, b, ctxA, ctxB),
    ...compareDates(a, b, ctxA, ctxB),
    ...compareCertainty(a, b, ctxA, ctxB),
    ...compareNegation(a, b, ctxA, ctxB),
  ];
}

function compareQuotes(a: Claim, b: Claim, ctxA: ArticleContext, ctxB: ArticleContext): Finding[] {
  const out: Finding[] = [];
  const used = new Set<Quote>();
  for (const qa of a.quotes) {
    let best: { q: Quote; common: number; diff: ReturnType<typeof wordDiff> } | undefined;
    for (const qb of b.quotes) {
      if (used.has(qb)) continue;
      const diff = wordDiff(slice(ctxA, qa), slice(ctxB, qb));
      if (!best || diff.common > best.common) best = { q: qb, common: diff.common, diff };
    }
    if (!best) continue;
    const shorter = Math.min(qa.words.length, best.q.words.length);
    // A short fragment of the same statement shares few words, but content words ("similar to
    // Article 5" / "could offer Article 5 protection"); function words alone never pair quotes.
    const sameContent = best.diff.parts
      .filter((p) => p.kind === 'same')
      .flatMap((p) => p.words)
      .filter(isContentWord).length;
    if (
      best.common < SAME_QUOTE_SHARE * shorter ||
      (best.common < SAME_QUOTE_MIN_WORDS && sameContent < FRAGMENT_MIN_CONTENT)
    )
      continue;
    used.add(best.q);
    if (best.diff.changed === 0 || best.diff.excerpt) continue;
    // A lead-in ("I just wanted to say that …") before the first shared content word is how a
    // report introduces the quote, not a rewording of it.
    const content = isContentWord;
    const firstSame = best.diff.parts.findIndex((p) => p.kind === 'same' && p.words.some(content));
    const substantive = best.diff.parts.some(
      (p, i) => p.kind !== 'same' && i > firstSame && p.words.some(content),
    );
    // Minor changes before that point still count; only the lead-in clause itself is set aside.
    const retold = best.diff.parts.filter((p, i) => i > firstSame || !p.words.some(content));
    if (!substantive && onlyContractionsOrLinkers(retold)) continue;
    out.push({
      kind: substantive ? 'quote' : 'wording',
      detail: `quote worded differently: ${renderWordDiff(best.diff)}`,
    });
  }
  if (out.length === 0 && used.size === 0) out.push(...quotedVersusReported(a, b, ctxA, ctxB));
  return out;
}

function isContentWord(w: string): boolean {
  return !STOPWORDS.has(w.toLowerCase().replace(/['’].*$/, '')) && /[\p{L}\p{N}]/u.test(w);
}

/**
 * One report quotes the speaker's words, the other tells the same statement without quotation
 * marks: either the same words in another order or with other words ("I've done enough of
 * everything for a lifetime" / I've done enough for a lifetime of everything), or, when both credit
 * the same named speaker, other words about the same thing ("Ukraine's security “must be ensured by
 * all means”" / "a system that ensures Ukraine's security").
 */
function quotedVersusReported(a: Claim, b: Claim, ctxA: ArticleContext, ctxB: ArticleContext): Finding[] {
  if (a.quotes.length > 0 === b.quotes.length > 0) return [];
  const [quoting, qctx, telling, tctx, quotedFirst] =
    a.quotes.length > 0 ? [a, ctxA, b, ctxB, true] : [b, ctxB, a, ctxA, false];
  const top = topical(ctxA, ctxB);
  const told = new Set(contentWords(slice(tctx, telling)));
  const speakers =
    quoting.speaker?.named &&
    telling.speaker?.named &&
    sameSpeaker(quoting.speaker.keys, telling.speaker.keys);
  for (const q of quoting.quotes) {
    const words = contentWords(slice(qctx, q));
    if (words.length < FRAGMENT_MIN_CONTENT) continue;
    const inTold = words.filter((w) => told.has(w));
    const retold = inTold.length >= RETOLD_SHARE * words.length;
    const sameThing = speakers && inTold.some((w) => !top.has(w));
    if (!retold && !sameThing) continue;
    const diff = wordDiff(slice(qctx, q), slice(tctx, telling));
    if (diff.excerpt || diff.changed === 0) continue;
    // Retold word for word but for the order or a word or two is a rewording of the quote.
    if (retold && inTold.length === words.length && sameOrder(words, contentWords(slice(tctx, telling))))
      continue;
    const quoted = `“${slice(qctx, q).replace(/^[\s"“”‘’']+|[\s"“”‘’',.]+$/gu, '')}”`;
    return [
      {
        kind: 'quote',
        detail: quotedFirst
          ? `quoted as ${quoted} vs told in other words`
          : `told in other words vs quoted as ${quoted}`,
      },
    ];
  }
  return [];
}

/** Whether `words` occur in `text` in the same order. */
function sameOrder(words: readonly string[], text: readonly string[]): boolean {
  let at = 0;
  for (const w of words) {
    const next = text.indexOf(w, at);
    if (next < 0) return false;
    at = next + 1;
  }
  return true;
}

/** Contractions written out, so "I'm" and "I am" are the same words. */
const CONTRACTIONS: [RegExp, string][] = [
  [/n['’]t$/, ' not'],
  [/['’]m$/, ' am'],
  [/['’]re$/, ' are'],
  [/['’]ve$/, ' have'],
  [/['’]ll$/, ' will'],
  [/['’]d$/, ' would'],
];
/** Words a quote gains or loses in retelling without changing what it says. */
const LINKERS = new Set(['that', 'and']);

/** Whether the changes left are contractions written out and linking "that"/"and" only. */
function onlyContractionsOrLinkers(parts: readonly DiffPart[]): boolean {
  const expand = (w: string): string[] => {
    let x = w.toLowerCase();
    if (x === "can't" || x === 'can’t') return ['can', 'not'];
    if (x === "won't" || x === 'won’t') return ['will', 'not'];
    for (const [re, out] of CONTRACTIONS) x = x.replace(re, out);
    return x.split(' ');
  };
  const removed = new Map<string, number>();
  for (const p of parts)
    if (p.kind === 'removed')
      for (const w of p.words.flatMap(expand)) removed.set(w, (removed.get(w) ?? 0) + 1);
  const left: string[] = [];
  for (const p of parts)
    if (p.kind === 'added')
      for (const w of p.words.flatMap(expand)) {
        const n = removed.get(w) ?? 0;
        if (n > 0) removed.set(w, n - 1);
        else left.push(w);
      }
  for (const [w, n] of removed) for (let i = 0; i < n; i++) left.push(w);
  return left.every((w) => LINKERS.has(w));
}

function compareAttribution(a: Claim, b: Claim, ctxA: ArticleContext, ctxB: ArticleContext): Finding[] {
  const sa = a.speaker;
  const sb = b.speaker;
  const va = venuesOf(a, ctxA);
  const vb = venuesOf(b, ctxB);
  if (sa?.named && sb?.named && sa.keys.length && sb.keys.length && !sameSpeaker(sa.keys, sb.keys)) {
    // A reporter and their paper ("Michael Silverman of the Boston Herald" / "the Herald reported").
    const outletOf = (s: Speaker, v: Venue[]): boolean =>
      v.some((x) => sameSpeaker(s.keys, speakerKeys(x.name)));
    if (outletOf(sa, vb.venues) || outletOf(sb, va.venues)) return [];
    return [{ kind: 'attribution', detail: `credited to ${sa.name} vs ${sb.name}` }];
  }
  if (!va.venues.length || !vb.venues.length || (va.inherited && vb.inherited)) return [];
  if (va.venues.some((x) => vb.venues.some((y) => sameVenue(x, y)))) return [];
  const describe = (v: typeof va): string =>
    v.venues.map((x) => x.name).join(' or ') +
    (v.inherited ? ' (the speaker’s venue elsewhere in the article)' : '');
  return [{ kind: 'attribution', detail: `said to ${describe(va)} vs ${describe(vb)}` }];
}

function compareNumbers(a: Claim, b: Claim, ctxA: ArticleContext, ctxB: ArticleContext): Finding[] {
  const out: Finding[] = [];
  const units = new Set(a.numbers.map((n) => n.unit).filter((u) => u && b.numbers.some((m) => m.unit === u)));
  for (const unit of units) {
    const na = a.numbers.filter((n) => n.unit === unit);
    const nb = b.numbers.filter((n) => n.unit === unit);
    if (na.some((x) => nb.some((y) => sameNumber(x, y)))) continue;
    // Only numbers said of the same thing: their surroundings share a word besides the unit.
    const around = (ctx: ArticleContext, c: Claim, ns: NumberMention[]): Set<string> =>
      new Set(ns.flatMap((n) => [...wordsAround(ctx.text, c, n, NUMBER_WINDOW, NUMBER_WINDOW)]));
    if (shared(around(ctxA, a, na), around(ctxB, b, nb), topical(ctxA, ctxB)) === 0) continue;
    out.push({
      kind: 'number',
      detail: `${na.map((n) => slice(ctxA, n)).join(', ')} vs ${nb.map((n) => slice(ctxB, n)).join(', ')}`,
    });
  }
  return out;
}

function sameNumber(x: NumberMention, y: NumberMention): boolean {
  if (x.value === y.value) return true;
  if (!x.approximate && !y.approximate) return false;
  return (
    Math.abs(x.value - y.value) <= APPROXIMATE_TOLERANCE * Math.max(Math.abs(x.value), Math.abs(y.value))
  );
}

function compareDates(a: Claim, b: Claim, ctxA: ArticleContext, ctxB: ArticleContext): Finding[] {
  let comparable = false;
  for (const x of a.dates) {
    for (const y of b.dates) {
      const same = compatibleDates(x, y);
      if (same) return [];
      if (same === false) comparable = true;
    }
  }
  if (!comparable) return [];
  const around = (ctx: ArticleContext, c: Claim): Set<string> =>
    new Set(c.dates.flatMap((d) => [...wordsAround(ctx.text, c, d, DATE_WINDOW, DATE_WINDOW)]));
  if (shared(around(ctxA, a), around(ctxB, b), topical(ctxA, ctxB)) === 0) return [];
  return [
    {
      kind: 'date',
      detail: `${a.dates.map((d) => slice(ctxA, d)).join(', ')} vs ${b.dates.map((d) => slice(ctxB, d)).join(', ')}`,
    },
  ];
}

/** The cues that grade the reporter's statements: those outside any quotation, in order. */
function reporterCues(c: Claim): Certainty[] {
  return c.certainty.filter((x) => !x.quoted);
}

/** Content words read before a cue: what a cue closing a relative clause grades ("a move that Russia is open to"). */
const CUE_BEFORE = 4;

/**
 * Pairs the reporter's cues of two aligned claims: each cue with the other side's cue that grades
 * the same thing (what surrounds them shares words), or, when both sides grade as many things, in
 * order ("may offer …, a move Russia is open to" / "could extend …, a proposal Russia has not
 * rejected": may/could, open/not rejected).
 */
function pairCues(a: Claim, b: Claim, ctxA: ArticleContext, ctxB: ArticleContext): [Certainty, Certainty][] {
  const xs = reporterCues(a);
  const ys = reporterCues(b);
  if (!xs.length || !ys.length) return [];
  const top = topical(ctxA, ctxB);
  const around = (ctx: ArticleContext, c: Claim, cue: Certainty): Set<string> =>
    wordsAround(ctx.text, c, cue, CUE_BEFORE, CUE_WINDOW);
  const after = (ctx: ArticleContext, c: Claim, cue: Certainty): Set<string> =>
    wordsAround(ctx.text, c, cue, 0, CUE_WINDOW);
  if (xs.length === ys.length) return xs.map((x, i) => [x, ys[i]!]);
  const out: [Certainty, Certainty][] = [];
  const used = new Set<Certainty>();
  for (const x of xs) {
    let best: { y: Certainty; n: number } | undefined;
    for (const y of ys) {
      if (used.has(y)) continue;
      const n = Math.max(
        shared(after(ctxA, a, x), after(ctxB, b, y), top),
        shared(around(ctxA, a, x), around(ctxB, b, y), top) - 1,
      );
      if (n >= MIN_SHARED_AFTER_CUE && (!best || n > best.n)) best = { y, n };
    }
    if (best) {
      used.add(best.y);
      out.push([x, best.y]);
    }
  }
  return out;
}

function compareCertainty(a: Claim, b: Claim, ctxA: ArticleContext, ctxB: ArticleContext): Finding[] {
  const pairs = pairCues(a, b, ctxA, ctxB);
  if (pairs.length) {
    return pairs
      .filter(([x, y]) => x.level !== y.level)
      .map(([x, y]) => ({
        kind: 'certainty' as const,
        detail: `“${x.cue}” (${LEVEL_NAMES[x.level]}) vs “${y.cue}” (${LEVEL_NAMES[y.level]})`,
      }));
  }
  const ca = reporterCues(a)[0];
  const cb = reporterCues(b)[0];
  if (ca && cb) return [];
  // One side hedges ("may offer") what the other states plainly ("offered").
  const [cue, plain, hedgedFirst] = ca ? [ca, b, true] : cb ? [cb, a, false] : [undefined, undefined, false];
  if (!cue || !plain || cue.level !== 1 || !cue.target || !plain.predicates.includes(cue.target)) return [];
  // Plain means no hedge at all, not one inside a quotation (the same sentence may be quoted in one
  // report and not in the other).
  if (plain.certainty.length > 0) return [];
  // …and says the same after it: "may close the Oslin dam" / "closed the Oslin dam".
  const [cueCtx, cueClaim, plainCtx] = ca ? [ctxA, a, ctxB] : [ctxB, b, ctxA];
  const afterCue = wordsAround(cueCtx.text, cueClaim, cue, 0, CUE_WINDOW);
  const afterPlain = wordsAfterEach(plainCtx.text, plain, cue.target, CUE_WINDOW);
  if (!afterPlain.some((w) => shared(afterCue, w, topical(ctxA, ctxB)) >= MIN_SHARED_AFTER_CUE)) return [];
  const detail = `“${cue.cue}” (${LEVEL_NAMES[cue.level]}) vs stated as fact`;
  return [
    {
      kind: 'certainty',
      detail: hedgedFirst ? detail : `stated as fact vs “${cue.cue}” (${LEVEL_NAMES[cue.level]})`,
    },
  ];
}

function compareNegation(a: Claim, b: Claim, ctxA: ArticleContext, ctxB: ArticleContext): Finding[] {
  const out: Finding[] = [];
  for (const n of a.negations) {
    if (contradicted(n, a, ctxA, b, ctxB))
      out.push({ kind: 'negation', detail: `“${slice(ctxA, n)}” vs stated without negation` });
  }
  for (const n of b.negations) {
    if (contradicted(n, b, ctxB, a, ctxA))
      out.push({ kind: 'negation', detail: `stated without negation vs “${slice(ctxB, n)}”` });
  }
  return out;
}

/**
 * The other claim affirms what `n` denies, of the same subject ("the vote was not unanimous" /
 * "the vote was unanimous"; not "Ross is not signed" / "the stars are signed").
 */
function contradicted(
  n: Negation,
  own: Claim,
  ctx: ArticleContext,
  other: Claim,
  otherCtx: ArticleContext,
): boolean {
  if (!other.predicates.includes(n.target) || other.negations.some((m) => m.target === n.target))
    return false;
  const subject = wordBefore(ctx.text, own, n);
  // …with the subject just before it there too.
  return (
    subject !== undefined &&
    wordsBeforeEach(otherCtx.text, other, n.target, SUBJECT_WINDOW).some((w) => w.has(subject))
  );
}

function topical(a: ArticleContext, b: ArticleContext): Set<string> {
  return new Set([...a.topical, ...b.topical]);
}

function slice(ctx: ArticleContext, span: { start: number; end: number }): string {
  return ctx.text.slice(span.start, span.end);
}
