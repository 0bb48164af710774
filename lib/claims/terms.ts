/**
 * Content terms of a claim from compromise's tokens: lemmatised first ("fled" → flee, "told" →
 * tell, which stemming alone misses), then Porter-stemmed like the rest of Parallax; names are left
 * to the entity keys. Predicates — the verbs and adjectives, hyphenated compounds kept whole — are
 * what a negation can contradict ("not close" is contradicted by "close", not by "closed-door").
 */
import { stemmer } from 'stemmer';
import type { EntityMention } from '../text/entities';
import { foldForComparison } from '../text/fold';
import { STOPWORDS } from '../text/stopwords';
import type { Token } from './nlp';

export interface ClaimTerms {
  terms: string[];
  predicates: string[];
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

/** Stemmed content terms and predicates of the tokens outside the name mentions. */
export function termsOf(tokens: readonly Token[], mentions: readonly EntityMention[]): ClaimTerms {
  const terms = new Set<string>();
  const predicates = new Set<string>();
  for (const t of tokens) {
    if (!t.text || mentions.some((m) => t.start >= m.start && t.end <= m.end)) continue;
    const lemma = foldForComparison(t.tags.has('Verb') || t.tags.has('Plural') ? t.root : t.normal);
    for (const w of lemma.match(WORD) ?? []) {
      const bare = w.replace(/'s$/, '').replace(/'/g, '');
      if (bare.length < 2 || STOPWORDS.has(w) || STOPWORDS.has(bare) || /^\d+$/.test(bare)) continue;
      terms.add(stemmer(bare));
    }
    // A word joined by a hyphen ("closed-door") modifies a noun; it predicates nothing.
    const compound = t.post === '-' || tokens[tokens.indexOf(t) - 1]?.post === '-';
    if ((t.tags.has('Verb') || t.tags.has('Adjective')) && !t.tags.has('Auxiliary') && !compound) {
      const whole = foldForComparison(t.tags.has('Verb') ? t.root : t.normal).replace(/[^\p{L}\p{N}-]/gu, '');
      if (whole.length >= 2 && !STOPWORDS.has(whole)) predicates.add(stemmer(whole));
    }
  }
  return { terms: [...terms], predicates: [...predicates] };
}
