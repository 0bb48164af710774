/**
 * Content similarity of two claims from different articles: stemmed content terms, entity tokens
 * (the resolved speaker's included: "he added" is about Rubio), numbers with units and quoted word
 * pairs. A feature that recurs in many claims of both articles (the story's own names and words)
 * is damped, so claims align on what they say rather than on what the whole story is about.
 * Plain inverse frequency over the pair's claims does worse: a shared feature occurs at least
 * twice, so it always weighs less than each unshared one.
 */
import { stemmer } from 'stemmer';
import type { Claim, DateMention } from './types';

/** Numbers and dates identify a statement more than words do (names weigh as words: a story repeats its names). */
const NUMBER_WEIGHT = 1.5;
/** Quoted word pairs: the same quotation is strong evidence of the same statement. */
const QUOTE_WEIGHT = 0.7;
const SPEAKER_WEIGHT = 1;
/** How strongly a feature's recurrence in both articles damps it (0: not at all). */
const RECURRENCE_DAMPING = 0.25;

export interface ClaimVector {
  weights: Map<string, number>;
  norm: number;
}

/**
 * The features of a claim with their weights. Words and names share one namespace, stemmed, so a
 * Title Case headline ("Lohan Checks Into Rehab", read as names) still meets the body's "checked
 * into rehab".
 */
export function claimFeatures(claim: Claim): [string, number][] {
  // An article's claims meet many others (every same-story article, every lookup): compute once.
  const cached = featureCache.get(claim);
  if (cached) return cached;
  const out = new Map<string, number>();
  for (const t of claim.terms) out.set(`w:${t}`, 1);
  // Names share the words' namespace, so a name read as words in a Title Case line still matches.
  for (const name of claim.entities) for (const part of name.split(' ')) out.set(`w:${stemmer(part)}`, 1);
  if (claim.speaker?.named)
    for (const k of claim.speaker.keys) {
      out.set(`w:${stemmer(k)}`, 1);
      // Who is credited is a feature of its own: the same speaker makes the same statement likelier.
      out.set(`s:${k}`, SPEAKER_WEIGHT);
    }
  for (const n of claim.numbers) out.set(`n:${n.value}:${n.unit}`, NUMBER_WEIGHT);
  for (const d of claim.dates) out.set(`d:${dateKey(d)}`, NUMBER_WEIGHT);
  for (const q of claim.quotes)
    for (let i = 0; i + 1 < q.words.length; i++) out.set(`q:${q.words[i]} ${q.words[i + 1]}`, QUOTE_WEIGHT);
  const features = [...out];
  featureCache.set(claim, features);
  return features;
}

const featureCache = new WeakMap<Claim, [string, number][]>();

/** A date as the fields it states ("2026-3-", "w2" for a Tuesday). */
function dateKey(d: DateMention): string {
  if (d.weekday !== undefined && d.year === undefined && d.month === undefined) return `w${d.weekday}`;
  if (d.relativeDays !== undefined) return `r${d.relativeDays}`;
  return `${d.year ?? ''}-${d.month ?? ''}-${d.day ?? ''}`;
}

/** Vectors for the claims of both articles, each feature damped by how many claims of each side carry it. */
export function pairVectors(
  a: readonly Claim[],
  b: readonly Claim[],
): { a: ClaimVector[]; b: ClaimVector[] } {
  const featuresA = a.map(claimFeatures);
  const featuresB = b.map(claimFeatures);
  const countA = counts(featuresA);
  const countB = counts(featuresB);
  const vector = (features: readonly [string, number][]): ClaimVector => {
    const weights = new Map<string, number>();
    let sum = 0;
    for (const [f, base] of features) {
      const recurrence = Math.max(1, countA.get(f) ?? 0) * Math.max(1, countB.get(f) ?? 0);
      const w = base / (1 + RECURRENCE_DAMPING * Math.log(recurrence));
      weights.set(f, w);
      sum += w * w;
    }
    return { weights, norm: Math.sqrt(sum) };
  };
  return { a: featuresA.map(vector), b: featuresB.map(vector) };
}

function counts(lists: readonly [string, number][][]): Map<string, number> {
  const out = new Map<string, number>();
  for (const list of lists) for (const [f] of list) out.set(f, (out.get(f) ?? 0) + 1);
  return out;
}

/**
 * Every pair (index into `a`, index into `b`) whose cosine reaches `threshold`, computed through an
 * inverted index of `b`'s features so only pairs that share a feature cost anything.
 */
export function similarPairs(
  a: readonly ClaimVector[],
  b: readonly ClaimVector[],
  threshold: number,
): { a: number; b: number; score: number }[] {
  const postings = new Map<string, { j: number; w: number }[]>();
  b.forEach((v, j) => {
    for (const [f, w] of v.weights) {
      const list = postings.get(f);
      if (list) list.push({ j, w });
      else postings.set(f, [{ j, w }]);
    }
  });
  const out: { a: number; b: number; score: number }[] = [];
  const dots = new Float64Array(b.length);
  const touched: number[] = [];
  a.forEach((v, i) => {
    if (v.norm === 0) return;
    for (const [f, w] of v.weights) {
      for (const { j, w: u } of postings.get(f) ?? []) {
        if (dots[j] === 0) touched.push(j);
        dots[j] = dots[j]! + w * u;
      }
    }
    for (const j of touched) {
      const score = dots[j]! / (v.norm * b[j]!.norm);
      if (score >= threshold) out.push({ a: i, b: j, score });
      dots[j] = 0;
    }
    touched.length = 0;
  });
  return out;
}
