/**
 * Synthetic benchmark corpora built from evaluation texts: many stories, each a consistent rewrite
 * of one source cluster with its own invented names, numbers and date, and each report a varied
 * mix of that cluster's sentences (some dropped, reordered, one borrowed from a sibling report).
 * So a corpus of 100,000 reports holds tens of thousands of distinct stories, not copies of 277
 * texts; the shared vocabulary of common words stays that of real news. Deterministic per seed.
 * Runs in Node and, bundled, in the extension's service worker: no Node APIs here.
 */
import type { ArticleInput } from '@/lib/corpus/articles';
import { findEntities } from '@/lib/text/entities';
import { splitSentences } from '@/lib/text/sentences';
import { seededRandom } from '../../helpers/random';

export interface SourceArticle {
  cluster: string;
  title: string;
  text: string;
}

export interface SyntheticArticle extends ArticleInput {
  id: string;
  story: string;
}

/** Mean reports per story about 3.3 (1 + geometric): most stories have a few reports, some dozens. */
const STORY_CONTINUE = 0.7;
const MAX_STORY = 40;
const OUTLETS = 60;
const SYLLABLES =
  'ka lo mi ren tus ba vel dor an is tra pel cor mun zi fa nor hal sen eb ul ri gor det'.split(' ');
/** Publication dates spread over ten years (in days), reports of a story within two days of it. */
const SPAN_DAYS = 3650;
const FIRST_DAY = 16_436; // 2015-01-01

/** A generator of stories and their reports over `sources`. */
export function storyGenerator(sources: readonly SourceArticle[], seed: number, sampleSize = 300) {
  const clusters = new Map<string, SourceArticle[]>();
  for (const s of sources) clusters.set(s.cluster, [...(clusters.get(s.cluster) ?? []), s]);
  const clusterList = [...clusters.values()];
  const rand = seededRandom(seed);
  let storyCount = 0;
  let articleCount = 0;

  /** A new story: its source cluster, invented names and numbers, a date. */
  function story() {
    const id = `s${storyCount++}`;
    const members = clusterList[Math.floor(rand() * clusterList.length)]!;
    const names = new Map<string, string>();
    const numbers = new Map<string, string>();
    const day = FIRST_DAY + Math.floor(rand() * SPAN_DAYS);
    const name = (word: string) => {
      let n = names.get(word);
      if (!n) {
        const parts = 3 + Math.floor(rand() * 2);
        n = Array.from({ length: parts }, () => SYLLABLES[Math.floor(rand() * SYLLABLES.length)]).join('');
        n = n[0]!.toUpperCase() + n.slice(1);
        names.set(word, n);
      }
      return n;
    };
    const number = (digits: string) => {
      let n = numbers.get(digits);
      if (!n) numbers.set(digits, (n = String(1 + Math.floor(rand() * 10 ** Math.min(4, digits.length)))));
      return n;
    };
    const rewrite = (text: string) => {
      let out = '';
      let at = 0;
      for (const m of findEntities(text)) {
        out +=
          text.slice(at, m.start) +
          m.text
            .split(/(\s+)/)
            .map((w) => (/\s/.test(w) ? w : name(w)))
            .join('');
        at = m.end;
      }
      out += text.slice(at);
      return out.replace(/\b\d+\b/g, (d) => (/^(19|20)\d\d$/.test(d) ? d : number(d)));
    };

    /** One report of this story. */
    function report(): SyntheticArticle {
      const base = members[Math.floor(rand() * members.length)]!;
      const sibling = members[Math.floor(rand() * members.length)]!;
      const sentences = splitSentences(base.text).map((s) => s.text);
      const kept = sentences.filter((_, i) => i === 0 || rand() > 0.2);
      for (let i = 1; i + 1 < kept.length; i++)
        if (rand() < 0.15) [kept[i], kept[i + 1]] = [kept[i + 1]!, kept[i]!];
      const borrowed = splitSentences(sibling.text).map((s) => s.text);
      if (borrowed.length)
        kept.splice(1 + Math.floor(rand() * kept.length), 0, borrowed[Math.floor(rand() * borrowed.length)]!);
      const n = articleCount++;
      const outlet = Math.floor(rand() * OUTLETS);
      const text = rewrite(kept.join(' '));
      const url = `https://outlet-${outlet}.example/${id}/${n}`;
      return {
        id: `a${n}`,
        story: id,
        url,
        canonicalUrl: url,
        title: rewrite(base.title),
        byline: null,
        siteName: `Outlet ${outlet}`,
        publishedTime: new Date((day + Math.floor(rand() * 3)) * 86_400_000).toISOString(),
        lang: 'en',
        text,
        sentences: splitSentences(text),
      };
    }
    return { id, report };
  }

  type Story = ReturnType<typeof story>;
  let current: Story | undefined;
  let left = 0;
  /** A uniform sample of the stories generated so far (reservoir sampling), with their reports' ids. */
  const kept: { story: Story; members: string[] }[] = [];
  let seen = 0;
  let keptCurrent: { story: Story; members: string[] } | undefined;

  return {
    /**
     * The next `count` reports, stories of random size one after another. Only a sample of stories is
     * remembered (see `sample`), so a 100,000-report corpus can be streamed in chunks.
     */
    next(count: number): SyntheticArticle[] {
      const out: SyntheticArticle[] = [];
      while (out.length < count) {
        if (!current || left === 0) {
          current = story();
          left = 1;
          while (left < MAX_STORY && rand() < STORY_CONTINUE) left++;
          keptCurrent = undefined;
          seen++;
          if (kept.length < sampleSize) kept.push((keptCurrent = { story: current, members: [] }));
          else {
            const at = Math.floor(rand() * seen);
            if (at < sampleSize) kept[at] = keptCurrent = { story: current, members: [] };
          }
        }
        const report = current.report();
        keptCurrent?.members.push(report.id);
        out.push(report);
        left--;
      }
      return out;
    },
    /** The sampled stories: new reports of them are lookups whose answers are known. */
    sample: () => kept,
    random: rand,
  };
}
