/**
 * Keys that identify a named speaker across articles, robust to how each writes the name: the
 * surname ("Marco Rubio" and "Rubio"), and the name after the first word run together so a
 * particle spelt apart still matches ("Ilse Vandenberg" and "Ilse Van den Berg"). Spelling
 * variants fold as everywhere in Parallax (Zelenskyy, Zelenskiy → "zelenski").
 */
import { foldName } from '../text/entities';

/** Titles and offices that precede a name and are not part of it. */
const TITLES = new Set(
  'mr mrs ms miss dr prof sir dame lord lady president vice secretary minister prime chancellor senator sen governor gov general gen mayor councillor councilor council member chair chairman chairwoman chief envoy special spokesman spokeswoman spokesperson ambassador judge justice king queen prince princess pope rep representative state foreign defence defense interior finance deputy former acting lt col capt sgt adm cmdr of the us u s uk un'
    .split(' ')
    .map(foldName),
);

/** Identity keys of a name as written. */
export function speakerKeys(name: string): string[] {
  const words = foldName(name).split(' ').filter(Boolean);
  let first = 0;
  while (first < words.length - 1 && TITLES.has(words[first]!)) first++;
  const parts = words.slice(first);
  if (parts.length === 0) return [];
  const last = parts[parts.length - 1]!;
  if (parts.length === 1) return [last];
  return [...new Set([last, parts.slice(1).join('')])];
}
