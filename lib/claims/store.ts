/**
 * Claims stored per article, written in the same transaction as the article (lib/corpus/articles.ts
 * calls these from inside it: no foreign awaits here, only table operations), and read back for
 * comparisons so a comparison never re-tags a stored article.
 *
 * One row per article holds all its claims (in lib/claims/codec.ts's compact form) and the lookup
 * keys of all of them: reading 10 articles' claims as 10 rows took 3.6 ms of CPU in fake-indexeddb
 * against 177 ms as 880 rows of one claim each, and a comparison always needs all of them.
 */
import type { CorpusDb, StoredArticle } from '../corpus/db';
import { foldForComparison } from '../text/fold';
import { words } from '../text/tokens';
import { packClaim, unpackClaim, type PackedClaim } from './codec';
import { extractClaims } from './extract-claims';
import { claimKeys, MIN_KEYED_QUOTE_WORDS, quoteKey, quoteSketch } from './keys';
import { CLAIMS_VERSION, type ArticleClaims } from './types';
import { wordDiff } from '../text/word-diff';

/** What the claims table holds in its `claim` column: the claims and the engine version that made them. */
export interface StoredClaimsPayload {
  version: number;
  claims: PackedClaim[];
}

/** An article's claims as stored, without the id: packed against its text, with their lookup keys. */
export interface ClaimsRecord {
  keys: string[];
  claim: StoredClaimsPayload;
}

/** Packs `computed` (claims of `text`) for storage; pure, so callers run it before a transaction. */
export function claimsRecord(text: string, computed: ArticleClaims): ClaimsRecord {
  return {
    keys: [...new Set(computed.claims.flatMap(claimKeys))],
    claim: { version: CLAIMS_VERSION, claims: computed.claims.map((c) => packClaim(c, text)) },
  };
}

/** Stores the claims of the article `id` (see claimsRecord), replacing any it had. */
export async function storeArticleClaims(db: CorpusDb, id: string, record: ClaimsRecord): Promise<void> {
  await db.claims.put({ id, articleId: id, ...record });
}

/** Deletes the stored claims of the article `id`. */
export async function deleteArticleClaims(db: CorpusDb, id: string): Promise<void> {
  await db.claims.where('articleId').equals(id).delete();
}

/**
 * The claims of stored articles, by article id. Claims an older engine stored (or none, for an
 * article saved before claims existed) are computed from the article's text instead.
 */
export async function loadArticleClaims(
  db: CorpusDb,
  articles: readonly Pick<StoredArticle, 'id' | 'text' | 'sentences'>[],
): Promise<Map<string, ArticleClaims>> {
  const rows = await db.claims.bulkGet(articles.map((a) => a.id));
  const out = new Map<string, ArticleClaims>();
  articles.forEach((article, i) => {
    const payload = rows[i]?.claim as StoredClaimsPayload | undefined;
    out.set(
      article.id,
      payload?.version === CLAIMS_VERSION
        ? { version: CLAIMS_VERSION, claims: payload.claims.map((p) => unpackClaim(p, article.text)) }
        : extractClaims(article),
    );
  });
  return out;
}

export interface QuoteCarrier {
  articleId: string;
  /** The matching quotation as that article words it, with offsets into its text. */
  quote: { text: string; start: number; end: number };
  /** True when the words are the same after folding typography and case. */
  exact: boolean;
}

/** Share of the shorter quotation a reworded copy must keep. */
const CARRIER_SHARE = 0.6;

/**
 * Which stored articles carry the quotation `quote` (the same words, or reworded with most of
 * them kept): an index lookup on the quotation's keys, then a word-level check of each candidate.
 */
export async function findQuoteCarriers(db: CorpusDb, quote: string): Promise<QuoteCarrier[]> {
  const target = words(quote);
  if (target.length < MIN_KEYED_QUOTE_WORDS) return [];
  const rows = await db.claims
    .where('keys')
    .anyOf([quoteKey(target), ...quoteSketch(target)])
    .distinct()
    .toArray();
  const articles = await db.articles.bulkGet(rows.map((r) => r.articleId));
  const folded = foldForComparison(target.join(' '));
  const out: QuoteCarrier[] = [];
  rows.forEach((row, i) => {
    const article = articles[i];
    const payload = row.claim as StoredClaimsPayload | undefined;
    if (!article || payload?.version !== CLAIMS_VERSION) return;
    for (const packed of payload.claims) {
      for (const [start, end] of packed.q ?? []) {
        const text = article.text.slice(start, end);
        const quoted = words(text);
        const exact = foldForComparison(quoted.join(' ')) === folded;
        const kept = exact ? quoted.length : wordDiff(quote, text).common;
        if (exact || kept >= CARRIER_SHARE * Math.min(target.length, quoted.length))
          out.push({ articleId: row.articleId, quote: { text, start, end }, exact });
      }
    }
  });
  return out;
}
