/**
 * `npm run demo`: serves the demo article (tests/fixtures/pages/seed-story.html, about the seed
 * story, in our own words) from 127.0.0.1 and opens Chromium with the built extension on it. On a
 * machine without a display it says so and prints the CLI's analysis of the same page instead.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCli } from '../../lib/cli/main';
import { servePages } from '../e2e/server';

const EXTENSION = path.resolve('.output/chrome-mv3');
const PAGES = path.resolve('tests/fixtures/pages');
const DEMO_PAGE = 'seed-story.html';

function findBrowser(): string | null {
  const candidates = [
    process.env.CHROMIUM_PATH,
    'chromium',
    'chromium-browser',
    '/usr/lib/chromium/chromium',
    'google-chrome',
  ];
  for (const candidate of candidates) {
    if (!candidate) continue;
    if (candidate.includes('/') ? existsSync(candidate) : spawnSync('which', [candidate]).status === 0)
      return candidate;
  }
  return null;
}

function hasDisplay(): boolean {
  if (process.platform !== 'linux') return true;
  return Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
}

async function printAnalysis(url: string): Promise<void> {
  const lines: string[] = [];
  await runCli(['analyze', path.join(PAGES, DEMO_PAGE)], (line) => lines.push(line));
  const analysis = JSON.parse(lines[0]!) as {
    article: { title: string };
    related: { title: string; siteName: string | null; score: number; sameStory: boolean }[];
  };
  console.log(`Demo article: ${analysis.article.title}  (${url})`);
  for (const r of analysis.related) {
    console.log(
      `  ${r.sameStory ? 'SAME STORY' : 'related   '}  ${r.score.toFixed(2)}  ${r.title}${r.siteName ? ` (${r.siteName})` : ''}`,
    );
  }
  console.log(
    '\nFull analysis (the same JSON as `npm run -s xref -- analyze tests/fixtures/pages/seed-story.html`):',
  );
  console.log(JSON.stringify(analysis, null, 2));
}

async function main(): Promise<void> {
  if (!existsSync(path.join(EXTENSION, 'manifest.json')))
    throw new Error('No build found: run "npx wxt build" first (npm run demo does).');
  const server = await servePages(PAGES);
  const url = `${server.url}/${DEMO_PAGE}`;
  const browser = findBrowser();
  if (!hasDisplay() || !browser) {
    console.log(
      !browser
        ? 'No Chromium or Chrome found (install Debian\'s "chromium" or set CHROMIUM_PATH), so no browser window can open.'
        : 'No display found (DISPLAY and WAYLAND_DISPLAY are unset), so no browser window can open here.',
    );
    console.log('This is what Parallax shows for the demo page, computed by the same engine:\n');
    await printAnalysis(url);
    await server.close();
    return;
  }
  const profile = mkdtempSync(path.join(tmpdir(), 'parallax-demo-'));
  console.log(
    `Opening ${url} in ${browser} with Parallax loaded. Click the Parallax toolbar icon (pin it from the puzzle menu).`,
  );
  console.log('Close the browser window (or press Ctrl+C) to end the demo.');
  if (browser.includes('google-chrome')) {
    console.log(
      'Note: branded Google Chrome 137+ ignores --load-extension; if Parallax is missing, load .output/chrome-mv3 by hand (README).',
    );
  }
  const child = spawn(
    browser,
    [
      // Chromium refuses to start as root with its sandbox (containers, CI boxes).
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
      `--user-data-dir=${profile}`,
      '--no-first-run',
      '--no-default-browser-check',
      `--disable-extensions-except=${EXTENSION}`,
      `--load-extension=${EXTENSION}`,
      url,
    ],
    { stdio: 'ignore' },
  );
  const finish = async (): Promise<void> => {
    await server.close();
    rmSync(profile, { recursive: true, force: true });
  };
  process.on('SIGINT', () => child.kill('SIGTERM'));
  child.on('exit', () => void finish());
}

main().catch((error: unknown) => {
  console.error(`demo: ${(error as Error).message}`);
  process.exitCode = 1;
});
