/**
 * Keys that identify a named speaker across articles, robust to how each writes the name: the
 * surname ("Marco Rubio" and "Rubio"), the name after the first word run together so a particle
 * spelt apart still matches ("Ilse Vandenberg" and "Ilse Van den Berg"), and the whole name, so a
 * short form ("the Academy") or an acronym ("THR", "NYDN") meets the long one. Spelling variants
 * fold as everywhere in Parallax (Zelenskyy, Zelenskiy → "zelenski").
 */
import { foldName } from '../text/fold';

/** Titles and offices that precede a name and are not part of it. */
const TITLES = new Set(
  'the mr mrs ms miss dr prof sir dame lord lady president vice secretary minister prime chancellor senator sen governor gov general gen mayor councillor councilor council member chair chairman chairwoman chief envoy special spokesman spokeswoman spokesperson ambassador judge justice king queen prince princess pope rep representative state foreign defence defense interior finance deputy former acting lt col capt sgt adm cmdr of us u s uk un'
    .split(' ')
    .map(foldName),
);
/** Prefix of the key that holds the whole name. */
const WHOLE = '=';

/** Identity keys of a name as written. */
export function speakerKeys(name: string): string[] {
  const words = foldName(name).split(' ').filter(Boolean);
  let first = 0;
  while (first < words.length - 1 && TITLES.has(words[first]!)) first++;
  const parts = words.slice(first);
  if (parts.length === 0) return [];
  const last = parts[parts.length - 1]!;
  const keys = parts.length === 1 ? [last] : [last, parts.slice(1).join('')];
  return [...new Set([...keys, `${WHOLE}${parts.join(' ')}`])];
}

/**
 * Whether two speakers' keys name the same speaker: a shared key, one name's words all within the
 * other's ("Academy" in "Academy of Motion Picture Arts and Sciences"), or an acronym of the other
 * ("THR" of "The Hollywood Reporter").
 */
export function sameSpeaker(a: readonly string[], b: readonly string[]): boolean {
  if (a.some((k) => !k.startsWith(WHOLE) && b.includes(k))) return true;
  const whole = (keys: readonly string[]): string[] =>
    keys
      .find((k) => k.startsWith(WHOLE))
      ?.slice(WHOLE.length)
      .split(' ') ?? [];
  const wa = whole(a);
  const wb = whole(b);
  if (wa.length === 0 || wb.length === 0) return false;
  const within = (x: string[], y: string[]): boolean => x.every((w) => y.includes(w));
  return within(wa, wb) || within(wb, wa) || isAcronymOf(wa, wb) || isAcronymOf(wb, wa);
}

function isAcronymOf(short: readonly string[], long: readonly string[]): boolean {
  if (short.length !== 1 || long.length < 2) return false;
  const letters = short[0]!;
  const initials = long
    .filter((w) => w !== 'of' && w !== 'and')
    .map((w) => w[0])
    .join('');
  return letters === initials || letters === `t${initials}`;
}
