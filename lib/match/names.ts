/**
 * Confirmed names: lib/text's capitalised-word mentions, minus the capitals that only position
 * explains. A word that opens a sentence ("Residents were told…", "Striker Denny Oakes…") is
 * confirmed only if the article also capitalises it mid-sentence; a headline in title case
 * capitalises everything, so the title confirms only names its text confirms. Matching weighs all
 * mentions (names often open sentences: "Witkoff said…"), but decides "no name in common" on
 * confirmed ones, so two templated reports (flood warnings, results) share no name, as they should.
 */
import { findEntities, type EntityMention } from '../text/entities';
import { foldName } from '../text/fold';

/** Characters after which a capital is explained by position: sentence ends, quotes, brackets, colons. */
const OPENER = /(?:^|[.!?…:;"“”'‘’()[\]—–-]\s*|\n\s*)$/u;

export interface Names {
  /** Confirmed mentions of the text. */
  text: EntityMention[];
  /** Runs of title words that the text's confirmed mentions also contain. */
  title: EntityMention[];
}

/** All mentions, as lib/text finds them. */
export function mentionsOf(title: string, text: string): { title: EntityMention[]; text: EntityMention[] } {
  return { title: findEntities(title), text: findEntities(text) };
}

/** The confirmed name mentions of an article. */
export function confirmedNamesOf(title: string, text: string): Names {
  const raw = findEntities(text);
  const initial = raw.map((m) => OPENER.test(text.slice(Math.max(0, m.start - 3), m.start)));
  // Folded words that appear capitalised away from a sentence start somewhere in the text.
  const midSentence = new Set<string>();
  raw.forEach((m, i) => {
    const words = m.text.split(/\s+/);
    words.forEach((w, k) => {
      if (k > 0 || !initial[i]) midSentence.add(foldName(w));
    });
  });
  const kept: EntityMention[] = [];
  raw.forEach((m, i) => {
    if (!initial[i]) return void kept.push(m);
    const words = m.text.split(/\s+/);
    if (midSentence.has(foldName(words[0]!))) return void kept.push(m);
    // The opening word is unconfirmed: keep the rest of the name, if any.
    const rest = words.slice(1).join(' ');
    if (!rest) return;
    const start = m.start + m.text.length - rest.length;
    kept.push({ text: rest, key: foldName(rest), start, end: m.end });
  });
  const known = new Set(kept.flatMap((m) => m.key.split(' ')));
  return { text: kept, title: findEntities(title).flatMap((m) => confirmedRuns(m, known)) };
}

/** The maximal runs of words of `m` whose folded forms are in `known`, as mentions. */
function confirmedRuns(m: EntityMention, known: ReadonlySet<string>): EntityMention[] {
  const out: EntityMention[] = [];
  let run: { start: number; end: number } | undefined;
  const flush = () => {
    if (!run) return;
    const text = m.text.slice(run.start, run.end);
    out.push({ text, key: foldName(text), start: m.start + run.start, end: m.start + run.end });
    run = undefined;
  };
  for (const w of m.text.matchAll(/\S+/g)) {
    if (known.has(foldName(w[0]))) run = { start: run?.start ?? w.index, end: w.index + w[0].length };
    else flush();
  }
  flush();
  return out;
}
