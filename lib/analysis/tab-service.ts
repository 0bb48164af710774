/**
 * The background's per-tab state: the extracted article of each tab, its cached analysis, and the
 * badge. Browser APIs come in through `TabServiceEnv`, so this runs unchanged in Node tests.
 */
import { deleteArticle, saveArticle, type PreparedSave } from '../corpus/articles';
import type { CorpusDb } from '../corpus/db';
import { maintainCorpus } from '../corpus/maintenance';
import { errorMessage } from '../extract/problems';
import type { ExtractedArticle } from '../extract/types';
import { analyzeArticle, type Analysis, type ArticleSummary } from './analyze';
import type { StorySource } from './story';
import { describeWriteError } from '../corpus/storage-errors';

/**
 * What the popup shows for a tab. `diagnostics` are the steps that failed on the way (extraction
 * steps, the analysis), one short line each, for the popup's diagnostics line.
 */
export type TabState = (
  | { status: 'idle' }
  | { status: 'not-article'; reason: string }
  | { status: 'analysing'; article: ArticleSummary }
  | { status: 'ready'; article: ArticleSummary; analysis: Analysis; savedId: string | null }
  | { status: 'error'; message: string; article?: ArticleSummary }
) & { diagnostics?: string[] };

export interface TabServiceEnv {
  db: CorpusDb;
  now: () => number;
  setBadge: (tabId: number, text: string) => Promise<void> | void;
  /** Asks the tab's content script to send its extraction again (after the worker restarted). */
  requestExtraction: (tabId: number) => Promise<void>;
  /** Tells the tab's content script and an open popup that its state changed (they then ask for it). */
  notifyTab?: (tabId: number) => Promise<void>;
  /** Resolves when the corpus is ready to query (seeds imported). */
  ready?: Promise<unknown>;
  /** Where failures are logged for a developer (the background's console by default). */
  log?: (message: string, detail: unknown) => void;
}

interface TabEntry {
  article: ExtractedArticle | null;
  state: TabState;
  /** Increases with each extraction, so a slow analysis of an old page cannot overwrite a newer one. */
  generation: number;
  /** The article's features and claims and its keys' statistics, kept from its analysis for a save. */
  prepared: PreparedSave;
  /** Steps that failed for this page (extraction steps, then the analysis), shown by the popup. */
  diagnostics: string[];
}

export class TabService {
  private readonly tabs = new Map<number, TabEntry>();
  private upkeep: Promise<void> = Promise.resolve();

  constructor(private readonly env: TabServiceEnv) {}

  /** A content script reported its page; analyses it and updates the badge. */
  async pageExtracted(tabId: number, article: ExtractedArticle): Promise<void> {
    const generation = (this.tabs.get(tabId)?.generation ?? 0) + 1;
    const diagnostics = (article.problems ?? []).map((p) => `${p.step}: ${p.message}`);
    if (diagnostics.length)
      this.log(`Parallax: part of the extraction failed on ${article.url}`, article.problems);
    if (!article.readerable) {
      this.tabs.set(tabId, {
        article: null,
        generation,
        prepared: {},
        diagnostics,
        state: withDiagnostics(
          { status: 'not-article', reason: article.reason ?? 'Not an article.' },
          diagnostics,
        ),
      });
      await this.env.setBadge(tabId, '');
      this.notify(tabId);
      return;
    }
    this.tabs.set(tabId, {
      article,
      generation,
      prepared: {},
      diagnostics,
      state: withDiagnostics({ status: 'analysing', article: summaryOf(article) }, diagnostics),
    });
    await this.analyse(tabId, generation);
  }

  /** What the popup shows for `tabId`; asks the page again when the worker has forgotten it. */
  getTabState(tabId: number): TabState {
    const entry = this.tabs.get(tabId);
    if (!entry) {
      this.env.requestExtraction(tabId).catch(() => undefined); // No content script there (a browser page): stays idle.
      return { status: 'idle' };
    }
    return entry.state;
  }

  /**
   * The story of the tab's article as its analysis found it, for the story page: the article
   * itself (stored or not) and its same-story reports. Throws, saying why, before the analysis is ready.
   */
  storyOf(tabId: number): Extract<StorySource, { kind: 'open' }> {
    const entry = this.tabs.get(tabId);
    if (!entry) {
      this.getTabState(tabId); // asks the page again, as the popup would
      throw new Error(
        'Parallax has not read that tab yet, or it was closed. Open the story again from the popup in a moment.',
      );
    }
    const { state, article } = entry;
    if (state.status === 'analysing')
      throw new Error('Parallax is still analysing that article. Try again in a moment.');
    if (state.status !== 'ready' || !article)
      throw new Error('That tab does not show an article Parallax could analyse, so it has no story.');
    return {
      kind: 'open',
      article,
      storedId: state.savedId,
      related: state.analysis.related,
      claims: entry.prepared.claims,
      minhash: entry.prepared.features?.minhash,
    };
  }

  /** Saves the tab's article with `tags`; re-analyses every open article (the corpus changed). */
  async saveTab(tabId: number, tags: string[]): Promise<{ id: string; replaced: boolean }> {
    const entry = this.tabs.get(tabId);
    const article = entry?.article;
    if (!entry || !article) throw new Error('There is no article in this tab to save.');
    await this.env.ready;
    let result: { id: string; replaced: boolean };
    try {
      const now = this.env.now();
      result = await saveArticle(this.env.db, { ...article, tags }, 'saved', now, entry.prepared);
    } catch (error) {
      throw new Error(describeWriteError(error, 'saving this article'));
    }
    await this.reanalyseAll();
    this.maintain();
    return result;
  }

  /** Removes an article from the corpus (a seed for good) and re-analyses open articles. */
  async removeArticle(id: string): Promise<boolean> {
    await this.env.ready;
    const removed = await deleteArticle(this.env.db, id, { byReaderAt: this.env.now() });
    await this.reanalyseAll();
    this.maintain();
    return removed;
  }

  /**
   * Queues the upkeep a save or delete leaves (lib/corpus/maintenance.ts) after the reply: the
   * reader does not wait for it, runs never overlap, and a failure only delays it to the next one.
   */
  private maintain(): void {
    this.upkeep = this.upkeep
      .then(() => maintainCorpus(this.env.db))
      .then(
        () => undefined,
        (error: unknown) =>
          console.warn('Parallax: corpus upkeep failed; it runs again after the next save.', error),
      );
  }

  /** Resolves when the queued upkeep has run. */
  upkeepDone(): Promise<void> {
    return this.upkeep;
  }

  /** Drops a closed tab's state. */
  forgetTab(tabId: number): void {
    this.tabs.delete(tabId);
  }

  /** The corpus changed elsewhere (an import, a restore): re-analyse every open article. */
  async corpusChanged(): Promise<void> {
    await this.reanalyseAll();
    this.maintain();
  }

  private async reanalyseAll(): Promise<void> {
    await Promise.all(
      [...this.tabs.entries()]
        .filter(([, e]) => e.article)
        .map(([tabId, e]) => this.analyse(tabId, e.generation)),
    );
  }

  private async analyse(tabId: number, generation: number): Promise<void> {
    const entry = this.tabs.get(tabId);
    if (!entry?.article) return;
    const article = entry.article;
    try {
      await this.env.ready;
      const analysis = await analyzeArticle(this.env.db, article, { prepared: entry.prepared });
      if (this.tabs.get(tabId)?.generation !== generation) return;
      this.tabs.set(tabId, {
        ...entry,
        state: withDiagnostics(
          { status: 'ready', article: analysis.article, analysis, savedId: analysis.article.id },
          entry.diagnostics,
        ),
      });
      const sameStory = analysis.related.filter((r) => r.sameStory).length;
      await this.env.setBadge(tabId, sameStory > 0 ? String(sameStory) : '');
      this.notify(tabId);
    } catch (error) {
      if (this.tabs.get(tabId)?.generation !== generation) return;
      const message = error instanceof Error ? error.message : String(error);
      this.log(`Parallax: the analysis of ${article.url} failed`, error);
      this.tabs.set(tabId, {
        ...entry,
        state: withDiagnostics({ status: 'error', message, article: summaryOf(article) }, [
          ...entry.diagnostics,
          `analysis: ${errorMessage(error)}`,
        ]),
      });
      await this.env.setBadge(tabId, '!');
      this.notify(tabId);
    }
  }

  private log(message: string, detail: unknown): void {
    (this.env.log ?? ((m, d) => console.warn(m, d)))(message, detail);
  }

  private notify(tabId: number): void {
    // The page may have gone (closed, navigated): nobody to tell.
    this.env.notifyTab?.(tabId).catch(() => undefined);
  }
}

/** `state` with the tab's diagnostics, when there are any. */
function withDiagnostics(state: TabState, diagnostics: string[]): TabState {
  return diagnostics.length ? { ...state, diagnostics } : state;
}

function summaryOf(article: ExtractedArticle): ArticleSummary {
  return {
    id: null,
    url: article.url,
    canonicalUrl: article.canonicalUrl,
    title: article.title,
    byline: article.byline,
    siteName: article.siteName,
    publishedTime: article.publishedTime,
  };
}
