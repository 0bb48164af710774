/**
 * Hand-written test articles about invented events. Two reports of one ferry fire, a report of a
 * different ferry fire (same kind of event: the hard case), a wire copy of the first report, and
 * two unrelated stories.
 */
import type { ArticleInput } from '@/lib/corpus/articles';
import { articleInput } from '../../helpers/articles';

/** A story with its own outlet, address and day: every test article here comes from a site of its own. */
function article(
  id: string,
  title: string,
  text: string,
  extra: Partial<ArticleInput> = {},
): ArticleInput & { id: string } {
  return articleInput(id, title, text, {
    url: `https://${id}.example/story`,
    canonicalUrl: `https://${id}.example/story`,
    siteName: `${id} news`,
    publishedTime: '2031-03-14',
    ...extra,
  });
}

/** Report A of the Kessavik ferry fire (14 March 2031). */
export const FERRY_A = article(
  'ferry-a',
  'Fire on Kessavik ferry forces 212 passengers into lifeboats',
  'A fire broke out in the engine room of the ferry Norrland Star off Kessavik on Friday, forcing 212 passengers into lifeboats, the Varneth coast guard said. ' +
    'Captain Ilse Marrow ordered the evacuation twenty minutes after smoke was seen near the car deck. ' +
    'All 212 passengers and 38 crew were brought ashore at Kessavik harbour by nightfall, and four people were treated for smoke inhalation. ' +
    'Harbour master Tomas Eklund said the Norrland Star would be towed to the Drevik shipyard for inspection. ' +
    'The ferry operator Baltline said it had suspended the Kessavik route until further notice.',
);

/** Report B of the same fire, other wording, other outlet, "Zelenskiy"-style spelling variant of the captain. */
export const FERRY_B = article(
  'ferry-b',
  'Passengers rescued after engine-room blaze on the Norrland Star',
  'Coast guard crews from Varneth rescued 212 passengers from the burning ferry Norrland Star near Kessavik late on Friday. ' +
    'The blaze started in the engine room, according to the operator Baltline, which has halted sailings on the route. ' +
    'Captain Ilse Marow, who gave the order to abandon ship, was praised by harbour master Tomas Ecklund. ' +
    'Four passengers were taken to hospital with smoke inhalation; the 38 crew members were unhurt. ' +
    'The vessel is expected to be towed to Drevik for repairs.',
  { publishedTime: '2031-03-15' },
);

/** A different ferry fire: same kind of event, other ship, place, people, numbers and year. */
export const OTHER_FERRY = article(
  'ferry-other',
  'Ferry fire off Tallor: 87 evacuated from the Southern Wren',
  'Fire crews boarded the ferry Southern Wren off the port of Tallor on Tuesday after a blaze broke out in its galley. ' +
    'The operator Coastway said 87 passengers were evacuated by lifeboat and no one was seriously hurt. ' +
    'Captain Rafe Dunmore said the crew had the fire under control within an hour. ' +
    'The Southern Wren will be inspected at the Port Edda dry dock, and the Tallor crossing resumes next week.',
  { publishedTime: '2029-09-04' },
);

/** Unrelated: a library opening. */
export const LIBRARY = article(
  'library',
  'Ostery library reopens with a reading garden',
  'The public library of Ostery reopened on Saturday after a two-year renovation that added a reading garden on its roof. ' +
    'Head librarian Maud Pellan said the building now holds forty thousand books and a children’s wing. ' +
    'The town council paid for most of the work from its heritage fund.',
  { publishedTime: '2031-03-10' },
);

/** Unrelated: a football result. */
export const FOOTBALL = article(
  'football',
  'Harwick United beat Sallow Rovers 3-1 in the cup',
  'Harwick United came from behind to beat Sallow Rovers 3-1 in the county cup quarter-final on Sunday. ' +
    'Striker Denny Oakes scored twice after the break, and goalkeeper Lio Brant saved a penalty. ' +
    'United meet Farrow Town in the semi-final next month.',
  { publishedTime: '2031-03-16' },
);

/** A wire copy of report A republished by another outlet: same text, one sentence added. */
export const FERRY_A_COPY = article(
  'ferry-a-copy',
  'Kessavik ferry fire: passengers take to lifeboats',
  `${FERRY_A.text} Baltline has not said when sailings will resume.`,
  { siteName: 'Wire reprint', publishedTime: '2031-03-14' },
);

export const ALL = [FERRY_A, FERRY_B, OTHER_FERRY, LIBRARY, FOOTBALL];
