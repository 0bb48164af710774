import { describe, expect, it } from 'vitest';
import { parseDate } from '@/lib/extract/parse-date';

describe('parseDate', () => {
  it.each([
    ['2024-03-04T08:15:00+00:00', '2024-03-04T08:15:00+00:00'],
    ['2019-10-16T00:30:00+0200', '2019-10-16T00:30:00+02:00'],
    ['2017-11-03 03:01:00.000000', '2017-11-03T03:01:00'],
    ['2024-03-04T08:15:00.123Z', '2024-03-04T08:15:00Z'],
    ['2024-03-04', '2024-03-04'],
    ['20240304', '2024-03-04'],
    ['1709540100', '2024-03-04T08:15:00Z'],
    ['Tue, 19 Nov 2019 10:48:00 GMT', '2019-11-19T10:48:00Z'],
    ['Nov. 18, 2019 11:04 PM EST', '2019-11-18T23:04:00-05:00'],
    ['Veröffentlicht am 3. Mai 2023', '2023-05-03'],
    ['16. Oktober 2019, 14:20 Uhr', '2019-10-16'],
    ['12 de mayo de 2022', '2022-05-12'],
    ['15 августа 2016, 13:43', '2016-08-15'],
    ['3 листопада 2021', '2021-11-03'],
    ['07.11.2023', '2023-11-07'],
    ['Stand: 2020-04-26', '2020-04-26'],
  ])('%s → %s', (input, iso) => {
    expect(parseDate(input)).toBe(iso);
  });

  it('takes the first date written, whatever its form', () => {
    expect(parseDate('03.02.2022 Up to 1 February 2022 the ferry ran twice a day.')).toBe('2022-02-03');
    expect(parseDate('May 9, 2021 — the council met on 2021-05-07')).toBe('2021-05-09');
  });

  it('reads US pages month first when asked', () => {
    expect(parseDate('11/10/2019', { order: 'mdy' })).toBe('2019-11-10');
    expect(parseDate('11/10/2019')).toBe('2019-10-11');
    expect(parseDate('25/10/2019', { order: 'mdy' })).toBe('2019-10-25');
  });

  it.each([
    '',
    'yesterday',
    '2024-13-01',
    '2024-02-30',
    '0000-00-00',
    '31.02.2023',
    '1800-01-01',
    'version 1.2.3',
  ])('%j is not a date', (input) => {
    expect(parseDate(input)).toBeNull();
  });
});
