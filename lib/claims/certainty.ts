/**
 * Certainty and negation. Certainty is an ordered scale — possibility (could, may) < intent or
 * openness (signalled readiness, is open to, considering) < commitment (agreed, will) — read from
 * cue words on compromise's tokens. A negated rejection ("has not ruled out", "did not dismiss") is
 * a possibility, not a negation: it leaves the thing open without saying the speaker wants it, so
 * it grades lower than "is open to".
 */
import { stemmer } from 'stemmer';
import { cueText } from './codec';
import type { Token } from './nlp';
import type { Certainty, Negation, Span } from './types';

type Level = 1 | 2 | 3;

/** Modal verbs, matched on compromise's Modal tag so "May" the month and "will" the noun are left out. */
const MODALS: Record<string, Level> = { could: 1, may: 1, might: 1, will: 3, would: 3, shall: 3, must: 3 };
/** Adverbs of possibility. */
const HEDGES = new Set(['possibly', 'potentially', 'perhaps', 'maybe', 'conceivably', 'likely', 'probably']);
/** Word stems that carry a level of their own. */
/**
 * Word stems that carry a level of their own, with the words that must follow for the reading to
 * hold: "agreed to", "plans to", "committed to" grade a statement; "committed crimes", "the plan"
 * and "signed the register" do not. `null`: no condition ("is considering paying").
 */
const STEMS: Record<string, { level: Level; next: ReadonlySet<string> | null }> = {
  consid: { level: 2, next: null },
  mull: { level: 2, next: null },
  readi: { level: 2, next: set('to for') },
  willing: { level: 2, next: set('to for') },
  prepar: { level: 2, next: set('to for') },
  signal: { level: 2, next: set('readiness willingness openness that it its to') },
  plan: { level: 2, next: set('to') },
  intend: { level: 2, next: set('to') },
  propos: { level: 2, next: set('to that') },
  hope: { level: 2, next: set('to that') },
  seek: { level: 2, next: set('to') },
  aim: { level: 2, next: set('to') },
  expect: { level: 2, next: set('to') },
  agre: { level: 3, next: set('to that on upon in') },
  decid: { level: 3, next: set('to that on against') },
  commit: { level: 3, next: set('to') },
  pledg: { level: 3, next: set('to that') },
  promis: { level: 3, next: set('to that') },
  approv: { level: 3, next: set('the a an plans plan deal measure measures it') },
  sign: { level: 3, next: set('on up off a an the into') },
};

/** Adjectives that mean openness when followed by "to": "open to", "ready to", "willing to". */
const OPEN_TO = new Set(['open', 'ready', 'willing', 'prepared', 'poised']);
/** Verbs whose negation is openness ("not ruled out", "not outright rejected"). */
const REJECTIONS = new Set(['reject', 'dismiss', 'rule', 'exclud', 'deni', 'oppos', 'refus']);
const NEGATORS = new Set(['not', 'never', "n't", 'no longer']);
/** Filler skipped when looking for the word a cue or a negation governs. */
const FILLER = new Set([
  'to',
  'be',
  'been',
  'being',
  'have',
  'has',
  'had',
  'the',
  'a',
  'an',
  'even',
  'also',
  'still',
  'outright',
  'yet',
  'ever',
  'really',
]);

export interface CertaintyResult {
  certainty: Certainty[];
  negations: Negation[];
}

/**
 * Certainty cues and negations in a sentence. `frame` is the reporting verb, which is attribution,
 * not certainty ("confirmed that" frames a statement; it does not grade it).
 */
export function findCertainty(
  text: string,
  base: number,
  tokens: readonly Token[],
  quotes: readonly Span[],
  frame: Span | null,
): CertaintyResult {
  const quoted = (t: Token): boolean => quotes.some((q) => t.start >= q.start && t.end <= q.end);
  const raw: { index: number; to: number; level: Level }[] = [];
  const negations: Negation[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (frame && t.start === frame.start) continue;
    if (isNegator(t)) {
      const target = governed(tokens, i + 1);
      if (!target) continue;
      // Not rejecting something leaves it possible; it commits to nothing ("has not ruled out").
      if (REJECTIONS.has(target.stem)) raw.push({ index: i, to: target.index + 1, level: 1 });
      else
        negations.push({
          start: t.start,
          end: tokens[target.index]!.end,
          target: target.stem,
          quoted: quoted(t),
        });
      continue;
    }
    const level = cueLevel(tokens, i);
    if (level) raw.push({ index: i, to: i + 1, level });
  }
  // Drop cues that a negation already turned into openness ("not ruled out" is one cue).
  const cues = raw.filter((c, k) => !raw.some((o, j) => j !== k && o.index < c.index && o.to > c.index));
  const certainty: Certainty[] = [];
  for (let k = 0; k < cues.length; k++) {
    const { index } = cues[k]!;
    let { to, level } = cues[k]!;
    // Cues joined only by filler form one cue: "agreed to consider", "could potentially".
    while (k + 1 < cues.length && tokens.slice(to, cues[k + 1]!.index).every(isFiller)) {
      k++;
      to = cues[k]!.to;
      level = Math.min(level, cues[k]!.level) as Level;
    }
    const first = tokens[index]!;
    const last = tokens[to - 1]!;
    certainty.push({
      start: first.start,
      end: last.end,
      level,
      cue: cueText(text.slice(first.start - base, last.end - base)),
      target: governed(tokens, to)?.stem ?? '',
      quoted: quoted(first),
    });
  }
  return { certainty, negations };
}

function cueLevel(tokens: readonly Token[], i: number): Level | null {
  const t = tokens[i]!;
  const normal = t.normal;
  // "May" and "Will" capitalised inside a sentence are a month and a name, not modals.
  const capitalisedInside = i > 0 && /^\p{Lu}/u.test(t.text) && !/^[\s"“‘(]*$/u.test(tokens[i - 1]!.post);
  if (t.tags.has('Modal') && normal in MODALS && !capitalisedInside) return MODALS[normal]!;
  if (HEDGES.has(normal)) return 1;
  if (OPEN_TO.has(normal) && tokens[i + 1]?.normal === 'to' && t.tags.has('Adjective')) return 2;
  const stem = stemmer(normal);
  const entry = STEMS[stem];
  if (!entry) return null;
  if (t.tags.has('Noun') && !t.tags.has('Verb') && stem !== 'readi' && stem !== 'willing') return null;
  if (entry.next && !entry.next.has(tokens[i + 1]?.normal ?? '')) return null;
  return entry.level;
}

function set(words: string): ReadonlySet<string> {
  return new Set(words.split(' '));
}

function isFiller(t: Token): boolean {
  return t.text === '' || FILLER.has(t.normal);
}

function isNegator(t: Token): boolean {
  return t.tags.has('Negative') || NEGATORS.has(t.normal);
}

/** The first content word from `from` on (skipping auxiliaries and particles), as a stem. */
function governed(tokens: readonly Token[], from: number): { index: number; stem: string } | null {
  for (let i = from; i < Math.min(tokens.length, from + 5); i++) {
    const t = tokens[i]!;
    if (t.text === '' || FILLER.has(t.normal) || t.tags.has('Auxiliary') || t.tags.has('Adverb')) continue;
    if (!/\p{L}/u.test(t.normal)) return null;
    return { index: i, stem: stemmer(t.root || t.normal) };
  }
  return null;
}
