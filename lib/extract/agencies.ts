/** News agencies, as credits and agency marks name them. */

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
