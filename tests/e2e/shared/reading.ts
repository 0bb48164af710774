/**
 * What a reader sees in the popup, read the same way in any browser, and what the engine says
 * they should see. Chromium and Firefox tests both compare the popup with the headless CLI's
 * analysis of the same fixture (`npm run -s xref -- analyze`, the same lib/ in Node), so the two
 * browsers show the same headline, outlet, coverage and differences as each other.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Analysis } from '../../../lib/analysis/analyze';
import { showDifferences } from '../../../lib/analysis/shown-differences';
import { sourceLine } from '../../../components/format';

export interface Reading {
  title: string | null;
  /** The outlet and date line under the headline ("The Harbour Ledger · 17 Aug 2025"). */
  meta: string | null;
  /** Other same-story reports, and how many of this article's sentences differ from them. */
  reports: number;
  differing: number;
  /** Each difference: its kind, this article's passage, the other source and its passage. */
  differences: { kind: string; here: string; source: string; there: string }[];
  /** Passages only this article carries. */
  onlyHere: string[];
  related: { title: string; meta: string; sameStory: boolean }[];
}

/**
 * Reads the popup's DOM. Runs inside the popup page (pass it to `page.evaluate`): it uses nothing
 * from outside its own body.
 */
export function readPopupDom(): Reading {
  const text = (el: Element | null | undefined): string | null =>
    el ? (el.textContent ?? '').replace(/\s+/g, ' ').trim() : null;
  const all = (selector: string, root: ParentNode = document): Element[] =>
    Array.from(root.querySelectorAll(selector));
  const summary = text(document.querySelector('[data-testid="summary"]')) ?? '';
  const reports = /^(\d+) other reports? of this story/.exec(summary);
  const differing = /(\d+) sentences? differs?/.exec(summary);
  return {
    title: text(document.querySelector('.article-title')),
    meta: text(document.querySelector('header.article .meta')),
    reports: reports ? Number(reports[1]) : 0,
    differing: differing ? Number(differing[1]) : 0,
    differences: all('.difference').map((d) => ({
      kind: d.getAttribute('data-kind') ?? '',
      here: text(d.querySelector('.passage-a .word-diff')) ?? '',
      source: text(d.querySelector('.passage-b .passage-source')) ?? '',
      there: text(d.querySelector('.passage-b .word-diff')) ?? '',
    })),
    onlyHere: all('.only-passage').map((p) => text(p) ?? ''),
    related: all('.related-item').map((item) => ({
      title: text(item.querySelector('.related-title')) ?? '',
      meta: text(item.querySelector('.meta')) ?? '',
      sameStory: item.getAttribute('data-same-story') === 'true',
    })),
  };
}

const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** The popup's reading of `analysis`, as the engine computes it (order as the popup lists it is not compared). */
export function readingOf(analysis: Analysis): Reading {
  const shown = showDifferences(analysis);
  return {
    title: squash(analysis.article.title),
    meta: sourceLine(analysis.article.siteName, analysis.article.publishedTime) || null,
    reports: shown.reports,
    differing: shown.differing,
    differences: shown.differences.map((d) => ({
      kind: d.kind,
      here: squash(d.a.text),
      source: squash(d.otherSource),
      there: squash(d.b.text),
    })),
    onlyHere: shown.onlyHere.map((p) => squash(p.text)),
    related: analysis.related.map((r) => ({
      title: squash(r.title),
      meta: sourceLine(r.siteName, r.publishedTime) || 'Outlet unknown',
      sameStory: r.sameStory,
    })),
  };
}

/** `reading` with its lists sorted, to compare what is shown regardless of the order it is listed in. */
export function sorted(reading: Reading): Reading {
  const by = (x: object, y: object) => JSON.stringify(x).localeCompare(JSON.stringify(y));
  return {
    ...reading,
    differences: [...reading.differences].sort(by),
    onlyHere: [...reading.onlyHere].sort(),
    related: [...reading.related].sort(by),
  };
}

/** The headless CLI's analysis of a fixture page against the bundled seeds. */
export async function cliAnalysis(fixturePath: string): Promise<Analysis> {
  const { stdout } = await promisify(execFile)(
    'npm',
    ['run', '-s', 'xref', '--', 'analyze', path.resolve(fixturePath)],
    {
      maxBuffer: 16 * 1024 * 1024,
    },
  );
  return JSON.parse(stdout) as Analysis;
}
