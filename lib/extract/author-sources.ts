/** Where pages state their authors in machine-readable form: JSON-LD and meta tags. */
import { stringOf, type Json } from './json-ld';
import type { MetaTags } from './meta-tags';

const AUTHOR_META = [
  'author',
  'byl',
  'article:author_name',
  'sailthru.author',
  'parsely-author',
  'dc.creator',
  'dc:creator',
  'dcterms.creator',
  'article:author',
  'citation_author',
  'cxenseparse:author',
];
const WRITTEN_BY =
  /^(?:written by|author|autor(?:in)?|verfasst von|geschrieben von|escrito por|écrit par|scritto da)$/i;

/**
 * The values of each author meta tag, most specific first, then the link-preview labels
 * ("twitter:label1" = "Written by", "twitter:data1" = the name) blogs publish; links left out.
 */
export function authorMetaValues(meta: MetaTags): string[][] {
  const labelled: string[] = [];
  for (let i = 1; i <= 4; i++) {
    const label = meta.get(`twitter:label${i}`)?.[0] ?? '';
    if (WRITTEN_BY.test(label)) labelled.push(...(meta.get(`twitter:data${i}`) ?? []));
  }
  return [...AUTHOR_META.map((key) => meta.get(key) ?? []), labelled].map((values) =>
    values.filter((v) => !/^https?:/i.test(v)),
  );
}

/**
 * Names of the JSON-LD authors and creators, as written: people and untyped entries only, or with
 * `anyType` organisations too.
 */
export function ldAuthorNames(ld: Json | null, anyType = false): string[] {
  if (!ld) return [];
  const raw = ([] as unknown[]).concat(ld.author ?? [], ld.creator ?? []);
  const names: string[] = [];
  for (const a of raw) {
    if (typeof a === 'string') names.push(a);
    else if (a && typeof a === 'object') {
      const type = stringOf((a as Json)['@type'], []);
      if (type && !anyType && !/Person/i.test(type)) continue;
      const name = stringOf((a as Json).name);
      if (name) names.push(name);
    }
  }
  return names;
}
