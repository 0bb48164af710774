/**
 * A deterministic synthetic corpus for size and timing tests: made-up words and names, stories of
 * one to four articles from different outlets that share their names and topic words, so the
 * matcher links them as it links real coverage. Not news; only its shape is realistic
 * (about 700 words per article in paragraphs of sentences).
 */
import type { ImportArticle } from '@/lib/transfer/format';
import { seededRandom } from '../../helpers/random';

const SYLLABLES = 'ka lo mi ra ten vas dor pel qui sun bar tek nol fim gra hes jun lor mav pod'.split(' ');
const OUTLETS = Array.from({ length: 20 }, (_, i) => `Outlet ${String.fromCharCode(65 + i)} News`);

/** `count` import records (ids `syn-000001`…), `wordsPerArticle` words each. */
export function syntheticArticles(count: number, { seed = 1, wordsPerArticle = 700 } = {}): ImportArticle[] {
  const random = seededRandom(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  const word = (): string =>
    Array.from({ length: 2 + Math.floor(random() * 2) }, () => pick(SYLLABLES)).join('');
  const vocabulary = Array.from({ length: 4000 }, word);
  const names = Array.from({ length: 800 }, () => {
    const w = word();
    return w[0]!.toUpperCase() + w.slice(1);
  });
  // Zipf-like: common words far more often than rare ones.
  const common = (): string => vocabulary[Math.floor(vocabulary.length * random() ** 3)]!;
  const articles: ImportArticle[] = [];
  let story = 0;
  while (articles.length < count) {
    story++;
    const storyNames = Array.from({ length: 6 }, () => pick(names));
    const storyWords = Array.from({ length: 20 }, () => pick(vocabulary));
    const day = Date.UTC(2024, 0, 1) + Math.floor(random() * 600) * 86_400_000;
    const size = 1 + Math.floor(random() * 4);
    for (let k = 0; k < size && articles.length < count; k++) {
      const sentence = (): string => {
        const n = 12 + Math.floor(random() * 14);
        const ws = Array.from({ length: n }, () => {
          const r = random();
          return r < 0.12 ? pick(storyNames) : r < 0.3 ? pick(storyWords) : common();
        });
        return `${ws[0]![0]!.toUpperCase()}${ws.join(' ').slice(1)}.`;
      };
      const paragraphs: string[] = [];
      let words = 0;
      while (words < wordsPerArticle) {
        const p = Array.from({ length: 3 + Math.floor(random() * 3) }, sentence).join(' ');
        words += p.split(' ').length;
        paragraphs.push(p);
      }
      const n = articles.length + 1;
      const id = `syn-${String(n).padStart(6, '0')}`;
      articles.push({
        id,
        url: `https://news${k}.example/${id}`,
        canonicalUrl: `https://news${k}.example/${id}`,
        title: `${storyNames[0]} and ${storyNames[1]} ${storyWords.slice(0, 5).join(' ')}`,
        byline: null,
        siteName: OUTLETS[(story + k) % OUTLETS.length]!,
        publishedTime: new Date(day + k * 3_600_000).toISOString(),
        savedAt: new Date(Date.UTC(2025, 0, 1) + n * 60_000).toISOString(),
        origin: 'saved',
        readAt: null,
        lang: 'en',
        text: paragraphs.join('\n\n'),
        tags: n % 10 === 0 ? ['sample'] : [],
      });
    }
  }
  return articles;
}
