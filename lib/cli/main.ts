/**
 * The headless CLI: `npm run -s xref -- <command> …`. JSON on stdout; a user error prints
 * {"error": …} on stderr and exits 2; anything else is a bug and exits 1 with the same shape.
 */
import { analyzeArticle } from '../analysis/analyze';
import { compareArticles } from '../claims/compare';
import { articleIds } from '../corpus/articles';
import { findRelatedOfStored } from '../corpus/find-related';
import { parseArgs, type CliArgs } from './args';
import { loadCorpus } from './corpus';
import { runExport } from './export';
import { loadInput } from './inputs';
import { UserError } from './user-error';

/** Runs one command; `write` receives each line of output. */
export async function runCli(argv: readonly string[], write: (line: string) => void): Promise<void> {
  const args = parseArgs(argv);
  switch (args.command) {
    case 'extract': {
      const article = await loadInput(args.inputs[0]!, args.url);
      const {
        url,
        canonicalUrl,
        title,
        byline,
        authors,
        siteName,
        publishedTime,
        modifiedTime,
        lang,
        section,
        readerable,
        reason,
        text,
        sentences,
      } = article;
      write(
        JSON.stringify({
          url,
          canonicalUrl,
          title,
          byline,
          authors,
          siteName,
          publishedTime,
          modifiedTime,
          lang,
          section,
          readerable,
          ...(reason ? { reason } : {}),
          text,
          sentences,
        }),
      );
      return;
    }
    case 'related':
      return args.all ? relatedAll(args, write) : related(args, write);
    case 'diff': {
      const [a, b] = await Promise.all([loadInput(args.inputs[0]!), loadInput(args.inputs[1]!)]);
      write(JSON.stringify(compareArticles(a, b)));
      return;
    }
    case 'export':
      return runExport(args.inputs[0]!, args.out, write);
    case 'analyze': {
      const article = await requireArticle(args.inputs[0]!);
      const db = await loadCorpus(args.corpus);
      write(JSON.stringify(await analyzeArticle(db, article, { top: args.top })));
      return;
    }
  }
}

async function related(args: CliArgs, write: (line: string) => void): Promise<void> {
  const article = await requireArticle(args.inputs[0]!);
  const db = await loadCorpus(args.corpus);
  const analysis = await analyzeArticle(db, article, { top: args.top, compare: false });
  write(JSON.stringify({ article: analysis.article, related: analysis.related }));
}

async function relatedAll(args: CliArgs, write: (line: string) => void): Promise<void> {
  const db = await loadCorpus(args.corpus);
  for (const id of await articleIds(db)) {
    const matches = await findRelatedOfStored(db, id, { limit: args.top });
    write(
      JSON.stringify({
        id,
        related: matches.map((m) => ({ id: m.id, score: m.score, sameStory: m.sameStory })),
      }),
    );
  }
}

async function requireArticle(input: string) {
  const article = await loadInput(input);
  if (!article.readerable) throw new UserError(`${input} is not an article: ${article.reason ?? 'no text'}`);
  return article;
}

async function main(): Promise<void> {
  try {
    await runCli(process.argv.slice(2), (line) => process.stdout.write(line + '\n'));
  } catch (error) {
    const user = error instanceof UserError;
    process.stderr.write(
      JSON.stringify({ error: user ? error.message : `Internal error: ${(error as Error).message}` }) + '\n',
    );
    process.exitCode = user ? 2 : 1;
  }
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/').split('/').pop()!))
  void main();
