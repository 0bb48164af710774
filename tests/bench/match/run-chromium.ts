/**
 * The matcher benchmark in Chromium: the built extension is loaded in Debian's Chromium (the e2e
 * harness), the measurements are bundled with lib/ and evaluated in its service worker, so every
 * figure comes from Chromium's real IndexedDB and the worker's own heap (read over CDP).
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { build } from 'esbuild';
import type { CDPSession } from 'playwright-core';
import { launchExtension } from '../../e2e/harness';
import type { Plan } from './run-node';
import type { SizeFigures } from './report';
import type { LookupFigures, SaveFigures, Timing } from './measure';
import type { SourceArticle } from './synthetic';

/** Its own build folder, so the benchmark never races another build of .output/. */
const OUT_DIR = '/tmp/parallax-bench-output';
const CHUNK = 5_000;

interface WorkerBench {
  start(sources: SourceArticle[], size: number): Promise<void>;
  importNext(count: number): Promise<number>;
  lookups(count: number): Promise<LookupFigures>;
  bruteForce(count: number): Promise<Timing>;
  saves(count: number): Promise<SaveFigures>;
  storageMb(): Promise<number>;
  finish(): Promise<void>;
}

export async function benchChromium(
  sources: readonly SourceArticle[],
  sizes: readonly number[],
  plan: (size: number) => Plan,
): Promise<SizeFigures[]> {
  execFileSync('npx', ['wxt', 'build', '-c', 'tests/bench/match/wxt.bench.config.ts'], { stdio: 'ignore' });
  const bundle = await build({
    entryPoints: [path.resolve('tests/bench/match/worker-entry.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
  });
  const session = await launchExtension({ extensionDir: path.join(OUT_DIR, 'chrome-mv3') });
  const out: SizeFigures[] = [];
  try {
    const { worker } = session;
    await worker.evaluate(bundle.outputFiles[0]!.text);
    const heap = await heapReader(session.context.browser()!);
    const call = <T>(fn: (b: WorkerBench, arg: unknown) => Promise<T>, arg?: unknown): Promise<T> =>
      worker.evaluate(
        ([body, a]) => {
          const b = (globalThis as unknown as { parallaxBench?: WorkerBench }).parallaxBench;
          if (!b) throw new Error('The service worker restarted: benchmark state lost.');
          return (
            new Function('b', 'a', `return (${body})(b, a)`) as (b: WorkerBench, a: unknown) => Promise<T>
          )(b, a);
        },
        [fn.toString(), arg] as const,
      );
    for (const size of sizes) {
      await call((b, a) => b.start(...(a as [SourceArticle[], number])), [sources, size]);
      let importMs = 0;
      for (let done = 0; done < size; done += CHUNK)
        importMs = await call((b, n) => b.importNext(n as number), Math.min(CHUNK, size - done));
      const p = plan(size);
      // The heap is sampled while lookups run (no GC forced), then read after a full GC.
      let peak = 0;
      const sampler = setInterval(() => void heap(false).then((mb) => (peak = Math.max(peak, mb))), 100);
      const lookups = await call((b, n) => b.lookups(n as number), p.lookups);
      clearInterval(sampler);
      const heapMb = await heap(true);
      const bruteForce = await call((b, n) => b.bruteForce(n as number), p.bruteForce);
      const save = await call((b, n) => b.saves(n as number), p.saves);
      const dbMb = await call((b) => b.storageMb());
      await call((b) => b.finish());
      out.push({
        env: 'chromium',
        size,
        importMs,
        lookup: lookups.timing,
        syntheticPrecision: lookups.precision,
        syntheticRecall: lookups.recall,
        bruteForce,
        save,
        heapMb,
        dbMb,
        peakHeapMb: peak,
      });
    }
  } finally {
    await session.close();
  }
  return out;
}

/** Reads the service worker's JS heap (MB) over a browser CDP session, optionally after a GC. */
async function heapReader(browser: { newBrowserCDPSession(): Promise<CDPSession> }) {
  const cdp = await browser.newBrowserCDPSession();
  const { targetInfos } = (await cdp.send('Target.getTargets')) as unknown as {
    targetInfos: { type: string; targetId: string }[];
  };
  const target = targetInfos.find((t) => t.type === 'service_worker');
  if (!target) throw new Error('No service worker target.');
  const { sessionId } = (await cdp.send('Target.attachToTarget', {
    targetId: target.targetId,
    flatten: false,
  })) as unknown as { sessionId: string };
  let nextId = 1;
  const pending = new Map<number, (result: unknown) => void>();
  cdp.on('Target.receivedMessageFromTarget', (event: { message: string }) => {
    const message = JSON.parse(event.message) as { id?: number; result?: unknown };
    if (message.id !== undefined) pending.get(message.id)?.(message.result);
  });
  const send = (method: string) =>
    new Promise<unknown>((resolve) => {
      const id = nextId++;
      pending.set(id, resolve);
      void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method }) });
    });
  return async (collect: boolean): Promise<number> => {
    if (collect) await send('HeapProfiler.collectGarbage');
    const usage = (await send('Runtime.getHeapUsage')) as { usedSize: number };
    return usage.usedSize / 2 ** 20;
  };
}
