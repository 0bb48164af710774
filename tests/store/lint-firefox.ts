/**
 * `npm run zip` ends here: the Firefox package goes through addons-linter, the validator that
 * addons.mozilla.org runs on every upload. Any error fails, and so does any warning or notice
 * except the library innerHTML assignments listed below, which a reviewer can check against the
 * sources zip. Our own code assigns no HTML (tests/conventions.test.ts), so each such warning is
 * in a bundled library; one the list cannot place fails too, to be looked at.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import addonsLinter from 'addons-linter';

interface LintMessage {
  code: string;
  message: string;
  file?: string;
  line?: number;
  column?: number;
}
interface LintResult {
  errors: LintMessage[];
  warnings: LintMessage[];
  notices: LintMessage[];
}

/** Bundled libraries that assign innerHTML, each recognised by code near the assignment. */
const KNOWN_HTML_ASSIGNMENTS: { library: string; near: RegExp; why: string }[] = [
  {
    library: 'preact',
    near: /dangerouslySetInnerHTML/,
    why: "Preact's dangerouslySetInnerHTML branch, which no component of ours uses",
  },
  {
    library: '@mozilla/readability',
    near: /_flagIsActive|_isSingleImage|readability-page-1/,
    why: "Readability rebuilding its own detached copy of the page (it runs in Firefox's Reader View too)",
  },
];
const WINDOW = 800;

const version = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;
const zip = path.resolve(process.argv[2] ?? `.output/parallax-${version}-firefox.zip`);
const unpacked = path.resolve('.output/firefox-mv3');

function placeHtmlAssignment(m: LintMessage): string | null {
  if (m.code !== 'UNSAFE_VAR_ASSIGNMENT' || !m.file || !m.line || m.column === undefined) return null;
  const line = readFileSync(path.join(unpacked, m.file), 'utf8').split('\n')[m.line - 1] ?? '';
  const around = line.slice(Math.max(0, m.column - WINDOW), m.column + WINDOW);
  const known = KNOWN_HTML_ASSIGNMENTS.find((k) => k.near.test(around));
  return known ? `${known.library}: ${known.why}` : null;
}

const linter = addonsLinter.createInstance({
  config: {
    _: [zip],
    logLevel: 'fatal',
    stack: false,
    pretty: false,
    warningsAsErrors: false,
    metadata: false,
    output: 'none',
    boring: true,
    selfHosted: false,
  },
  runAsBinary: false,
});
const result = (await linter.run()) as LintResult;

const where = (m: LintMessage) =>
  m.file ? ` (${m.file}${m.line ? `:${m.line}:${m.column ?? 0}` : ''})` : '';
const failures: string[] = [];
for (const m of result.errors) failures.push(`error ${m.code}: ${m.message}${where(m)}`);
for (const m of [...result.warnings, ...result.notices]) {
  const placed = placeHtmlAssignment(m);
  if (placed) console.log(`  accepted ${m.code}${where(m)}: ${placed}`);
  else failures.push(`${m.code}: ${m.message}${where(m)}`);
}
console.log(
  `addons-linter on ${path.relative(process.cwd(), zip)}: ${result.errors.length} errors, ` +
    `${result.warnings.length} warnings, ${result.notices.length} notices; ${failures.length} not accepted`,
);
for (const f of failures) console.error(`  ${f}`);
if (failures.length) process.exit(1);
