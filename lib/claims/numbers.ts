/**
 * Numbers with their units, from compromise's number parsing ("three-hour talks" → 3 hour,
 * "$1.2 billion" → 1.2e9 usd, "12 per cent" → 12 percent). Years and calendar days are dates, not
 * numbers; ordinals and the pronoun-like "one" are left out.
 */
import { stemmer } from 'stemmer';
import type { ParsedNumber, Token } from './nlp';
import type { NumberMention, Span } from './types';

/** Words before a number that make it approximate ("about 1,500"); pairs are read as two words ("up to"). */
const APPROXIMATE = new Set([
  'about',
  'around',
  'nearly',
  'almost',
  'roughly',
  'some',
  'approximately',
  'over',
  'under',
  'estimated',
  'at least',
  'up to',
  'more than',
  'less than',
  'fewer than',
  'close to',
]);
const CURRENCY: Record<string, string> = { $: 'usd', '€': 'eur', '£': 'gbp', '¥': 'jpy', us$: 'usd' };
const CURRENCY_WORDS: Record<string, string> = {
  dollar: 'usd',
  euro: 'eur',
  pound: 'gbp',
  yen: 'jpy',
  rouble: 'rub',
  ruble: 'rub',
};
/** A word with one of these tags after a number is not what the number counts ("5 and", "2 of them"). */
const NOT_UNITS = [
  'Preposition',
  'Conjunction',
  'Determiner',
  'Pronoun',
  'Adverb',
  'Modal',
  'Auxiliary',
  'Copula',
  'PastTense',
];
const MULTIPLIERS: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
/** Forms of be, have and do: never what a number counts ("the 1950s, has died"), whatever their tag. */
const AUXILIARIES = new Set('is are was were be been being has have had do does did'.split(' '));
/** Words between a number and its noun that do not change the unit ("80 more years", "5 million new jobs"). */
const MODIFIERS = new Set([
  'more',
  'additional',
  'new',
  'other',
  'extra',
  'further',
  'of',
  'million',
  'billion',
  'thousand',
]);

/** The numbers of a sentence as value and unit; numbers inside `dates` (years, days) are left to them. */
export function findNumbers(
  tokens: readonly Token[],
  numbers: readonly ParsedNumber[],
  dates: readonly Span[],
): NumberMention[] {
  const out: NumberMention[] = [];
  for (const n of numbers) {
    const span = tokens.slice(n.from, n.to);
    const first = span[0]!;
    if (span.every((t) => t.tags.has('Date') || t.tags.has('Year'))) continue;
    if (dates.some((d) => first.start >= d.start && first.end <= d.end)) continue;
    if (span.some((t) => t.tags.has('Ordinal'))) continue;
    if (span.length === 1 && first.normal === 'one') continue;
    // "Article 5", "Apollo 11": a number after a capitalised noun names something; it counts nothing.
    const before = tokens[n.from - 1];
    if (before && /^\p{Lu}/u.test(before.text) && before.tags.has('Noun') && !/[,.;:]/.test(before.post))
      continue;
    const unit = unitOf(tokens, n);
    // "a hundred Billion Dollars": compromise left the multiplier out of the value.
    const multiplier = MULTIPLIERS[tokens[n.to]?.normal ?? ''];
    const value = multiplier && n.value < 1000 ? n.value * multiplier : n.value;
    const prev = tokens[n.from - 1]?.normal ?? '';
    const prev2 = `${tokens[n.from - 2]?.normal ?? ''} ${prev}`;
    out.push({
      start: first.start,
      end: unit.end ?? span[span.length - 1]!.end,
      value,
      unit: unit.unit,
      approximate: APPROXIMATE.has(prev) || APPROXIMATE.has(prev2),
    });
  }
  return out;
}

function unitOf(tokens: readonly Token[], n: ParsedNumber): { unit: string; end?: number } {
  // The symbol is compromise's prefix, or still part of the first word ("$1.2") or before it.
  const first = tokens[n.from]!;
  const symbol = n.prefix || /^[$€£¥]/u.exec(first.text)?.[0] || /[$€£¥]$/u.exec(first.pre)?.[0] || '';
  const prefix = symbol.toLowerCase();
  if (prefix in CURRENCY) return { unit: CURRENCY[prefix]! };
  if (n.unit === '%' || n.unit.toLowerCase() === 'percent') return { unit: 'percent' };
  for (let i = n.to; i < Math.min(tokens.length, n.to + 3); i++) {
    const t = tokens[i]!;
    if (t.text === '') continue;
    if (t.normal === 'percent' || (t.normal === 'per' && tokens[i + 1]?.normal === 'cent'))
      return { unit: 'percent', end: tokens[t.normal === 'per' ? i + 1 : i]!.end };
    const root = t.root || t.normal;
    if (root in CURRENCY_WORDS || root.replace(/s$/, '') in CURRENCY_WORDS)
      return { unit: CURRENCY_WORDS[root] ?? CURRENCY_WORDS[root.replace(/s$/, '')]!, end: t.end };
    if (
      MODIFIERS.has(t.normal) ||
      t.tags.has('Adjective') ||
      t.tags.has('ProperNoun') ||
      t.tags.has('Acronym')
    )
      continue;
    // The counted thing is the next content word ("300 rounds" even when tagged as a verb).
    if (NOT_UNITS.some((tag) => t.tags.has(tag)) || !/^\p{L}/u.test(t.normal) || AUXILIARIES.has(t.normal))
      break;
    return { unit: stemmer(root), end: t.end };
  }
  return { unit: '' };
}
