import type { DifferenceKind } from '@/lib/claims/compare';

/** Display order and labels of difference kinds: substantive first, minor wording last. */
export const KIND_ORDER: DifferenceKind[] = [
  'quote',
  'attribution',
  'number',
  'date',
  'certainty',
  'negation',
  'wording',
];

export const KIND_LABEL: Record<DifferenceKind, string> = {
  quote: 'Quote worded differently',
  attribution: 'Credited differently',
  number: 'Other numbers',
  date: 'Other dates',
  certainty: 'Firm here, hedged there',
  negation: 'Negated',
  wording: 'Wording',
};

/** Short label for a pill or a mark's tooltip. */
export const KIND_SHORT: Record<DifferenceKind, string> = {
  quote: 'Quote',
  attribution: 'Attribution',
  number: 'Number',
  date: 'Date',
  certainty: 'Certainty',
  negation: 'Negation',
  wording: 'Wording',
};
