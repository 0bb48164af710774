/**
 * Who supplies news and pictures to other outlets: news agencies, as bylines and agency marks
 * credit them, and the photo services and picture libraries that credit pictures. One list per
 * kind; readers build their patterns from these.
 */

/** The short names agency marks use ("(dpa)", "Hamburg (AFP/jk) –"). */
export const AGENCY_SHORT_NAMES = [
  'dpa',
  'dpa-afx',
  'afp',
  'ap',
  'reuters',
  'kna',
  'epd',
  'apa',
  'sda',
  'ats',
  'efe',
  'ansa',
  'anp',
  'belga',
  'tass',
  'xinhua',
  'kyodo',
  'upi',
  'sid',
  'ddp',
  'dapd',
  'ctk',
  'pap',
  'mti',
  'hina',
  'ntb',
  'ritzau',
  'stt',
  'bta',
  'lusa',
  'dts',
  'pa',
];

/** Their long names, which credit copy too. */
const AGENCY_LONG_NAMES = [
  'agencia efe',
  'europa press',
  'bloomberg',
  'associated press',
  'the associated press',
  'agence france-presse',
  'press association',
];

/** An agency's name and nothing else: news agencies credit copy, they are not its authors. */
export const AGENCY = new RegExp(`^(?:${[...AGENCY_SHORT_NAMES, ...AGENCY_LONG_NAMES].join('|')})$`, 'i');

/** Picture libraries, as regular-expression sources: names nothing else has, read anywhere in a credit line. */
export const PICTURE_LIBRARIES = [
  'getty images',
  'shutterstock',
  'istock(?:photo|\\.com)?',
  'imago(?: images)?',
  'picture alliance',
  'wenn\\.com',
];
