/**
 * Timing of the staged import at scale (10,000 articles through the transport, fake-indexeddb).
 * Slow, so it runs on request: PARALLAX_TIMING=1 npx vitest run tests/lib/transfer/import-timing.test.ts
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { countArticles } from '@/lib/corpus/articles';
import { importSeeds } from '@/lib/corpus/import-seeds';
import { exportCorpus, importCorpus, type TransferProgress } from '@/lib/transfer/client';
import { freshCorpus } from '../../helpers/corpus';
import { repositorySeeds } from '../../helpers/seeds';
import { freshStaging, transferFor } from './helpers';
import { connectPage } from './page-background';
import { syntheticArticles } from './synthetic-corpus';

const COUNT = Number(process.env.PARALLAX_TIMING_COUNT ?? 10_000);

describe.runIf(process.env.PARALLAX_TIMING === '1')(`import of ${COUNT} articles`, () => {
  beforeEach(() => fakeBrowser.reset());

  it('imports, re-imports (no duplicates) and exports', { timeout: 3_600_000 }, async () => {
    const db = freshCorpus();
    await importSeeds(db, repositorySeeds(), Date.UTC(2026, 0, 1));
    const page = connectPage(db, transferFor(db, freshStaging()));
    const text = JSON.stringify({
      format: 'parallax-corpus',
      version: 1,
      articles: syntheticArticles(COUNT),
    });
    const marks: Record<string, number> = {};
    let last = performance.now();
    let phase = '';
    const onProgress = (p: TransferProgress) => {
      if (p.phase === phase) return;
      const now = performance.now();
      if (phase) marks[phase] = Math.round(now - last);
      phase = p.phase;
      last = now;
    };
    const started = performance.now();
    const report = await importCorpus(text, page.request, onProgress, () => Promise.resolve());
    marks[phase] = Math.round(performance.now() - last);
    const total = Math.round(performance.now() - started);
    expect(report).toMatchObject({ total: COUNT, added: COUNT });
    expect(await countArticles(db)).toBe(COUNT + 2);

    const again = performance.now();
    expect(
      await importCorpus(
        text,
        page.request,
        () => undefined,
        () => Promise.resolve(),
      ),
    ).toMatchObject({
      unchanged: COUNT,
    });
    const reimport = Math.round(performance.now() - again);
    expect(await countArticles(db)).toBe(COUNT + 2);

    const exportStart = performance.now();
    const { count } = await exportCorpus(page.request, new Date(), () => undefined);
    const exported = Math.round(performance.now() - exportStart);
    expect(count).toBe(COUNT + 2);
    console.log(
      JSON.stringify({
        articles: COUNT,
        fileMB: Math.round(text.length / 1e6),
        ms: { ...marks, total, reimport, export: exported },
      }),
    );
    page.stop();
    db.close();
  });
});
