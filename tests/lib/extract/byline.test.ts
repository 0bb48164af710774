import { describe, expect, it } from 'vitest';
import { creditOf, splitByline } from '@/lib/extract/byline';

describe('splitByline', () => {
  it.each([
    ['By Jane Doe and John Roe, Reuters | Updated 5 May 2024', ['Jane Doe', 'John Roe']],
    ['BY JANE DOE', ['JANE DOE']],
    ['Von Lena Hartmann am 3. Mai 2023', ['Lena Hartmann']],
    ['VON MORITZ KELLER am 21. April 2020', ['MORITZ KELLER']],
    ['Jane Doe, Senior Correspondent', ['Jane Doe']],
    ['Jane Doe for The Harbour Times', ['Jane Doe']],
    ['harbourtimes - Ana Ruiz', ['Ana Ruiz']],
    ['AuthorAndreas Vogt', ['Andreas Vogt']],
    ['Autorin: Uta Berg, Projektleiterin der Stiftung', ['Uta Berg']],
    ['Ein Beitrag von Lena Hartmann', ['Lena Hartmann']],
    ['Johanna Weiss Alle Artikel', ['Johanna Weiss']],
    ['Isabel Cruz, Rocío Marín y José Miguel Soto', ['Isabel Cruz', 'Rocío Marín', 'José Miguel Soto']],
    ['Matthieu Roy le 12 mai 2021', ['Matthieu Roy']],
    ['Tomas Berg Fr, 12. Mai 2023', ['Tomas Berg']],
    ['Peter Lang/SP-X', ['Peter Lang']],
    ['Ursula von der Leyen', ['Ursula von der Leyen']],
    ['Di Maio', ['Di Maio']],
    ['di Marco Rossi', ['Marco Rossi']],
    ['By Jane Doe (@janedoe) jane@example.com', ['Jane Doe']],
    ['Fabian', ['Fabian']],
    ['Erstellt von Fabian', ['Fabian']],
    ['Von Lisa.Marquardt am Samstag, 19. Oktober 2019 um 11:14 Uhr', ['Lisa.Marquardt']],
    ['by Tom Reed on Tuesday, May 4', ['Tom Reed']],
    ['Alles von Jana Vogt', ['Jana Vogt']],
    ['AuthorAndreas Vogt | Alle Artikel', ['Andreas Vogt']],
    ['Link kopieren | Tanja Berger', ['Tanja Berger']],
    ['Jana Vogt | Abgelegt unter: | Hafen | Fähren', ['Jana Vogt']],
  ])('%s → %j', (byline, names) => {
    expect(splitByline(byline)).toEqual(names);
  });

  it.each([
    'Reuters',
    'dpa',
    'Redaktion',
    'Staff',
    'Name',
    'JF',
    'The Harbour Times',
    'Updated 5 May 2024',
    'https://example.com/authors/jane',
    'Sign up for our newsletter and never miss a story from our team',
    'View all posts',
    'Abgelegt unter: | Hafen | Katholische Kirche',
    'Authority control',
    'Erweiterte Suche...',
    'Pixelwerk GmbH',
  ])('%s names no person', (byline) => {
    expect(splitByline(byline, { siteName: 'The Harbour Times' })).toEqual([]);
  });

  it('drops a lone word beside full names (an outlet, not a person)', () => {
    expect(splitByline('Jane Doe | Harbourtimes')).toEqual(['Jane Doe']);
  });
});

describe('creditOf', () => {
  it.each([
    ['Redaktion', 'Redaktion'],
    ['Von Redaktion | 3. Mai 2023', 'Redaktion'],
    ['By Our Foreign Staff', 'Our Foreign Staff'],
    ['by Staff Writer', 'Staff Writer'],
    ['mh', 'mh'],
    ['von revamp-it Webteam', 'revamp-it Webteam'],
    ['harbour-news.example', 'harbour-news.example'],
    ['Harbour Wire', 'Harbour Wire'],
  ])('%j → %j', (text, credit) => {
    expect(creditOf(text)).toBe(credit);
  });

  it.each([
    'admin',
    'Autor',
    'zvg',
    'Pixelwerk GmbH www.pixelwerk.example',
    'Read more about the people who write for us',
    'Mehr...',
    'Tags: | Hafen',
    'humans.txt',
    '',
  ])('%j credits nobody', (text) => {
    expect(creditOf(text)).toBeNull();
  });
});
