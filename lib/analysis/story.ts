/**
 * The story page's data: the reports of one story, from the corpus, as a timeline and as a grid of
 * statements × reports. Membership is the matcher's, as the popup shows it: an open tab's story is
 * its analysis' same-story reports, a stored article's is its same-story related coverage
 * (findRelatedOfStored), and a corpus-page group is the articles the reader saw grouped. Claims
 * are the stored ones (computed at save time); the grid is lib/claims/group.ts's alignment, with
 * wire copies (the matcher's near-duplicate test) folded into one origin.
 */
import { getArticle, getArticles } from '../corpus/articles';
import { loadArticleClaims } from '../corpus/claims';
import type { ArticleOrigin, CorpusDb, StoredArticle } from '../corpus/db';
import { findRelatedOfStored } from '../corpus/find-related';
import { featureRows } from '../corpus/match-queries';
import { textFragmentUrl } from '../anchor/text-fragment';
import { extractClaims } from '../claims/extract-claims';
import { alignGroup, type GroupReport, type GroupRow } from '../claims/group';
import type { ArticleClaims } from '../claims/types';
import { SYNDICATED_SIMILARITY } from '../match/candidates';
import { computeFeatures, minhashSimilarity } from '../match/features';
import type { AnalysableArticle } from './analyze';

/** Reports shown at most; the rest are counted in `omitted`. */
export const MAX_STORY_REPORTS = 50;

/** Where the story page was opened from. */
export type StorySource =
  | { kind: 'article'; id: string }
  | { kind: 'ids'; ids: readonly string[] }
  | {
      /** The article open in a tab, with its analysis' related coverage. */
      kind: 'open';
      article: AnalysableArticle;
      /** Its corpus id when it is stored. */
      storedId: string | null;
      related: readonly { id: string; sameStory: boolean }[];
      /** What the tab's analysis already computed. */
      claims?: ArticleClaims;
      minhash?: readonly number[];
    };

/** `open`: the page in a tab, not stored. */
export type ReportState = ArticleOrigin | 'open';

export interface StoryReport {
  /** The article id, or OPEN_KEY for an unsaved page. */
  key: string;
  title: string;
  /** Outlet name, else the address's host, else "Unknown outlet". */
  outlet: string;
  /** Short column label, unique within the story ("R", "HL", "HL2"). */
  initials: string;
  url: string | null;
  publishedTime: string | null;
  /** Where it sits on the timeline (epoch ms). */
  time: number;
  /** What `time` is: the publication, or when the reader read or saved it (or has it open). */
  timeFrom: 'published' | 'read' | 'saved' | 'open';
  state: ReportState;
  /** Key of the report this one is a near-identical copy of (a wire story), else null. */
  copyOf: string | null;
}

/** One cell that carries the row's statement. */
export interface StoryCell {
  text: string;
  start: number;
  end: number;
  /** The original page scrolled to the passage (a text fragment), when its address is known. */
  link: string | null;
}

export interface StoryRow extends Pick<
  GroupRow,
  'claims' | 'readings' | 'readingOrigins' | 'between' | 'origins' | 'quote'
> {
  key: string;
  /** The statement as the row's first report gives it. */
  text: string;
  /** By report index: the passage, or null where the report does not carry it. */
  cells: (StoryCell | null)[];
}

export interface Story {
  title: string;
  /** Key of the report the page was opened from, if it is one of them. */
  from: string | null;
  /** Originals by time, each followed by its copies: the columns, and the timeline. */
  reports: StoryReport[];
  rows: StoryRow[];
  /** Reports of the story left out (more than MAX_STORY_REPORTS). */
  omitted: number;
}

export const OPEN_KEY = 'open';

interface Member {
  key: string;
  article: Pick<
    StoredArticle,
    'title' | 'siteName' | 'url' | 'publishedTime' | 'text' | 'sentences' | 'savedAt' | 'readAt'
  > & { canonicalUrl?: string | null };
  state: ReportState;
  claims: ArticleClaims;
  minhash: readonly number[] | null;
}

/** The story `source` names, built from the corpus in `db`. */
export async function loadStory(
  db: CorpusDb,
  source: StorySource,
  options: { now?: number } = {},
): Promise<Story> {
  const now = options.now ?? Date.now();
  let ids: string[];
  let open: Member | null = null;
  let from: string | null = null;
  if (source.kind === 'article') {
    if (!(await getArticle(db, source.id)))
      throw new Error('That article is no longer in your corpus, so its story cannot be shown.');
    const related = await findRelatedOfStored(db, source.id);
    ids = [source.id, ...related.filter((r) => r.sameStory).map((r) => r.id)];
    from = source.id;
  } else if (source.kind === 'ids') {
    ids = [...source.ids];
    from = ids[0] ?? null;
  } else {
    const same = source.related.filter((r) => r.sameStory).map((r) => r.id);
    if (source.storedId) {
      ids = [source.storedId, ...same];
      from = source.storedId;
    } else {
      ids = same;
      const a = source.article;
      open = {
        key: OPEN_KEY,
        article: { ...a, savedAt: now },
        state: 'open',
        claims: source.claims ?? extractClaims(a),
        minhash: source.minhash ?? computeFeatures(a.title, a.text).minhash,
      };
      from = OPEN_KEY;
    }
  }
  ids = [...new Set(ids)];
  const stored = (await getArticles(db, ids)).filter((a): a is StoredArticle => a !== undefined);
  if (!stored.length && !open)
    throw new Error('None of these articles is in your corpus any more, so there is no story to show.');
  const [claims, rows] = await Promise.all([
    loadArticleClaims(db, stored),
    featureRows(
      db,
      stored.map((a) => a.id),
    ),
  ]);
  const members: Member[] = [
    ...(open ? [open] : []),
    ...stored.map((a, i) => ({
      key: a.id,
      article: a,
      state: a.origin,
      claims: claims.get(a.id)!,
      minhash: rows[i]?.minhash ?? null,
    })),
  ];
  const omitted = Math.max(0, members.length - MAX_STORY_REPORTS);
  return buildStory(members.slice(0, MAX_STORY_REPORTS), from, omitted, now);
}

function buildStory(members: Member[], from: string | null, omitted: number, now: number): Story {
  const timed = members.map((m) => ({ m, ...timeOf(m, now) }));
  // Copies: the matcher's near-duplicate test; each group's earliest report is the original.
  const parent = timed.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  for (let i = 0; i < timed.length; i++)
    for (let j = 0; j < i; j++) {
      const a = timed[i]!.m.minhash;
      const b = timed[j]!.m.minhash;
      if (a && b && minhashSimilarity(a, b) >= SYNDICATED_SIMILARITY) parent[find(i)] = find(j);
    }
  const byTime = (x: number, y: number): number => timed[x]!.time - timed[y]!.time || x - y;
  const groups = new Map<number, number[]>();
  for (let i = 0; i < timed.length; i++) {
    const root = find(i);
    groups.set(root, [...(groups.get(root) ?? []), i]);
  }
  const ordered = [...groups.values()].map((g) => g.sort(byTime)).sort((g, h) => byTime(g[0]!, h[0]!));
  const order = ordered.flat();
  const originalOf = new Map(ordered.flatMap((g) => g.map((i) => [i, g[0]!] as const)));
  const outlets = order.map((i) => outletOf(timed[i]!.m));
  const initials = uniqueInitials(outlets);
  const reports: StoryReport[] = order.map((i, col) => {
    const { m, time, timeFrom } = timed[i]!;
    const original = originalOf.get(i)!;
    return {
      key: m.key,
      title: m.article.title,
      outlet: outlets[col]!,
      initials: initials[col]!,
      url: m.article.url ?? m.article.canonicalUrl ?? null,
      publishedTime: m.article.publishedTime,
      time,
      timeFrom,
      state: m.state,
      copyOf: original === i ? null : timed[original]!.m.key,
    };
  });
  const group: GroupReport[] = order.map((i) => {
    const m = timed[i]!.m;
    return { text: m.article.text, claims: m.claims.claims, origin: String(originalOf.get(i)) };
  });
  const grid = alignGroup(group);
  const rows: StoryRow[] = grid.map((row) => {
    const anchor = group[row.anchor.report]!;
    const claim = anchor.claims[row.anchor.claim]!;
    return {
      key: `${reports[row.anchor.report]!.key}:${claim.start}`,
      text: anchor.text.slice(claim.start, claim.end),
      claims: row.claims,
      readings: row.readings,
      readingOrigins: row.readingOrigins,
      between: row.between,
      origins: row.origins,
      quote: row.quote,
      cells: row.claims.map((c, r) => {
        if (c < 0) return null;
        const { text } = group[r]!;
        const { start, end } = group[r]!.claims[c]!;
        const url = reports[r]!.url;
        return {
          text: text.slice(start, end),
          start,
          end,
          link: url ? textFragmentUrl(url, text, start, end) : null,
        };
      }),
    };
  });
  const fromReport = reports.find((r) => r.key === from);
  return {
    title: (fromReport ?? reports.find((r) => r.copyOf === null))?.title ?? 'Untitled story',
    from: fromReport ? fromReport.key : null,
    reports,
    rows,
    omitted,
  };
}

function timeOf(m: Member, now: number): { time: number; timeFrom: StoryReport['timeFrom'] } {
  const published = m.article.publishedTime ? Date.parse(m.article.publishedTime) : NaN;
  if (!Number.isNaN(published)) return { time: published, timeFrom: 'published' };
  if (m.state === 'open') return { time: now, timeFrom: 'open' };
  if (m.article.readAt !== undefined) return { time: m.article.readAt, timeFrom: 'read' };
  return { time: m.article.savedAt, timeFrom: 'saved' };
}

function outletOf(m: Member): string {
  if (m.article.siteName?.trim()) return m.article.siteName.trim();
  const url = m.article.url ?? m.article.canonicalUrl;
  if (url) {
    try {
      return new URL(url).hostname.replace(/^www\./, '');
    } catch {
      // not an address: fall through
    }
  }
  return 'Unknown outlet';
}

const SMALL_WORDS = new Set(['the', 'a', 'an', 'of', 'and', 'de', 'la', 'le', 'el', 'der', 'die']);

/** A short label per outlet ("Reuters" R, "The Harbour Ledger" HL), numbered when two would clash. */
export function uniqueInitials(outlets: readonly string[]): string[] {
  const base = outlets.map((name) => {
    const words = name.split(/[\s.\-_]+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
    const kept = words.filter((w) => !SMALL_WORDS.has(w.toLowerCase()));
    const use = (kept.length ? kept : words).slice(0, 3);
    const letters = use.map((w) => [...w.replace(/[^\p{L}\p{N}]/gu, '')][0] ?? '').join('');
    return (letters || '?').toUpperCase();
  });
  const byName = new Map<string, string>();
  const taken = new Map<string, number>();
  return outlets.map((name, i) => {
    const known = byName.get(name);
    if (known) return known;
    const n = (taken.get(base[i]!) ?? 0) + 1;
    taken.set(base[i]!, n);
    const label = n === 1 ? base[i]! : `${base[i]}${n}`;
    byName.set(name, label);
    return label;
  });
}
