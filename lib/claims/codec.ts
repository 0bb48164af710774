/**
 * Storage form of an article's claims: what can be read back from the article's text (passages,
 * quoted words, clause segments, cue and venue wording) is left out, spans become [start, end]
 * pairs and empty parts are omitted. About a third of the size of the claims themselves, which
 * matters when every saved article carries them (a corpus of 100,000 articles).
 */
import { words } from '../text/tokens';
import { splitSegments } from './segments';
import {
  CLAIMS_VERSION,
  type ArticleClaims,
  type Certainty,
  type Claim,
  type ClaimKind,
  type DateMention,
  type Negation,
  type NumberMention,
  type Speaker,
  type Venue,
} from './types';

type Pair = [number, number];

/** An article's claims as stored: packed against its text, with the engine version that made them. */
export interface StoredClaimsPayload {
  version: number;
  claims: PackedClaim[];
}

/** Packs `computed` (claims of `text`) for storage; pure, so callers run it before a transaction. */
export function packArticleClaims(text: string, computed: ArticleClaims): StoredClaimsPayload {
  return { version: CLAIMS_VERSION, claims: computed.claims.map((c) => packClaim(c, text)) };
}

/** The claims of a stored payload, or null when another engine version (or nothing) stored them. */
export function unpackArticleClaims(payload: unknown, text: string): ArticleClaims | null {
  const stored = payload as StoredClaimsPayload | undefined;
  return stored?.version === CLAIMS_VERSION
    ? { version: CLAIMS_VERSION, claims: stored.claims.map((p) => unpackClaim(p, text)) }
    : null;
}

export interface PackedClaim {
  s: Pair;
  n: number[];
  k?: Exclude<ClaimKind, 'statement'>;
  t?: string[];
  p?: string[];
  e?: string[];
  q?: Pair[];
  sp?: [Pair, string[], 0 | 1, string?, Speaker['resolvedFrom']?];
  v?: string;
  ve?: [Pair, string, string];
  nu?: [Pair, number, string, 0 | 1][];
  d?: [Pair, (number | null)[]][];
  c?: [Pair, 1 | 2 | 3, string, 0 | 1][];
  ng?: [Pair, string, 0 | 1][];
}

const span = (x: { start: number; end: number }): Pair => [x.start, x.end];
const DATE_FIELDS = ['year', 'month', 'day', 'weekday', 'relativeDays'] as const;

/** The storage form of one claim of an article with text `text`. */
export function packClaim(c: Claim, text: string): PackedClaim {
  const out: PackedClaim = { s: span(c), n: c.sentences };
  if (c.kind !== 'statement') out.k = c.kind;
  if (c.terms.length) out.t = c.terms;
  if (c.predicates.length) out.p = c.predicates;
  if (c.entities.length) out.e = c.entities;
  if (c.quotes.length) out.q = c.quotes.map(span);
  if (c.speaker) {
    const s = c.speaker;
    const written = text.slice(s.start, s.end);
    out.sp = [
      span(s),
      s.keys,
      s.named ? 1 : 0,
      ...(s.name !== written || s.resolvedFrom ? [s.name, s.resolvedFrom] : []),
    ] as PackedClaim['sp'];
  }
  if (c.verb) out.v = c.verb;
  if (c.venue) out.ve = [span(c.venue), c.venue.outlet, c.venue.full];
  if (c.numbers.length) out.nu = c.numbers.map((n) => [span(n), n.value, n.unit, n.approximate ? 1 : 0]);
  if (c.dates.length) out.d = c.dates.map((d) => [span(d), DATE_FIELDS.map((f) => d[f] ?? null)]);
  if (c.certainty.length) out.c = c.certainty.map((x) => [span(x), x.level, x.target, x.quoted ? 1 : 0]);
  if (c.negations.length) out.ng = c.negations.map((x) => [span(x), x.target, x.quoted ? 1 : 0]);
  return out;
}

/** The claim back from its storage form and the article's text. */
export function unpackClaim(p: PackedClaim, text: string): Claim {
  // Plain object literals, no spreads: a comparison unpacks every claim of ten articles.
  const sp = p.sp;
  const speaker: Speaker | null = sp
    ? {
        start: sp[0][0],
        end: sp[0][1],
        name: sp[3] ?? text.slice(sp[0][0], sp[0][1]),
        keys: sp[1],
        named: sp[2] === 1,
      }
    : null;
  if (speaker && sp?.[4]) speaker.resolvedFrom = sp[4];
  const ve = p.ve;
  const venue: Venue | null = ve
    ? {
        start: ve[0][0],
        end: ve[0][1],
        name: text.slice(ve[0][0], ve[0][1]),
        outlet: ve[1],
        full: ve[2],
        generic: false,
      }
    : null;
  return {
    start: p.s[0],
    end: p.s[1],
    sentences: p.n,
    kind: p.k ?? 'statement',
    terms: p.t ?? [],
    predicates: p.p ?? [],
    entities: p.e ?? [],
    quotes: p.q ? p.q.map(([start, end]) => ({ start, end, words: words(text.slice(start, end)) })) : [],
    speaker,
    verb: p.v ?? null,
    venue,
    numbers: p.nu
      ? p.nu.map(([[start, end], value, unit, approximate]): NumberMention => ({
          start,
          end,
          value,
          unit,
          approximate: approximate === 1,
        }))
      : [],
    dates: p.d ? p.d.map(unpackDate) : [],
    certainty: p.c
      ? p.c.map(([[start, end], level, target, quoted]): Certainty => ({
          start,
          end,
          level,
          cue: cueText(text.slice(start, end)),
          target,
          quoted: quoted === 1,
        }))
      : [],
    negations: p.ng
      ? p.ng.map(([[start, end], target, quoted]): Negation => ({ start, end, target, quoted: quoted === 1 }))
      : [],
    segments: p.k ? [] : splitSegments(text.slice(p.s[0], p.s[1]), p.s[0]),
  };
}

function unpackDate([[start, end], fields]: [Pair, (number | null)[]]): DateMention {
  const d: DateMention = { start, end };
  DATE_FIELDS.forEach((f, i) => {
    const value = fields[i];
    if (value !== null && value !== undefined) d[f] = value;
  });
  return d;
}

const CUE_WORD = /[\p{L}\p{N}'’-]+/gu;

/** A cue as extraction words it: the words of its span, without punctuation. */
export function cueText(span: string): string {
  return (span.match(CUE_WORD) ?? []).join(' ');
}
