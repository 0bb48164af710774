/**
 * Group alignment: the claims of several reports of one story as rows of statements. Each report
 * is aligned to the story's rows as they stand (the pairwise alignment of align.ts, against one
 * claim per row), and the statements no row holds start rows of their own. Inside a row, the
 * reports' wordings are grouped into readings: a report joins the first reading it agrees with
 * (the pairwise classification of classify.ts finds nothing between them), else starts its own.
 * The findings between every two readings are kept, so a cell can be read against the row's
 * majority or against any one report ("one outlet against the rest") without classifying again.
 */
import { alignClaims } from './align';
import { classifyPair, type Finding } from './classify';
import { articleContext, type ArticleContext } from './context';
import { isSubstantive } from './details';
import type { Claim, DifferenceKind } from './types';

export type { Finding } from './classify';

/** One report of the story, with its stored claims. */
export interface GroupReport {
  text: string;
  claims: readonly Claim[];
  /**
   * Reports of one origin are copies of one another (a wire story run by several outlets): a
   * statement they carry counts once.
   */
  origin: string;
}

/** How a report gives a row's statement. */
export type CellState = 'carries' | 'worded' | 'credited' | 'figures' | 'stance' | 'absent';

/** The states that are a difference, in the order a cell shows the first of several. */
export const DIFFERENCE_STATES = ['worded', 'credited', 'figures', 'stance'] as const;

const STATE_OF_KIND: Record<DifferenceKind, CellState> = {
  quote: 'worded',
  wording: 'worded',
  attribution: 'credited',
  number: 'figures',
  date: 'figures',
  certainty: 'stance',
  negation: 'stance',
};

/** One statement across the reports. */
export interface GroupRow {
  /** Index of the claim each report gives it with (by report index), or -1 when it does not carry it. */
  claims: number[];
  /** Groups of report indices that give it alike; readings[k][0] is the reading's first report. */
  readings: number[][];
  /** Independent origins in each reading. */
  readingOrigins: number[];
  /** between[i][j]: the findings of reading i read against reading j (empty for i = j). */
  between: Finding[][][];
  /** Independent origins that carry it (copies counted once). */
  origins: number;
  /** Some report quotes someone in it. */
  quote: boolean;
  /** The report and claim the row started from. */
  anchor: { report: number; claim: number };
}

export interface GroupOptions {
  /** Minimum similarity of a claim to a row (align.ts's default). */
  threshold?: number;
}

/** A statement worth a row: a statement with enough content words (details.ts's test). */
function rowWorthy(claim: Claim): boolean {
  return isSubstantive(claim);
}

/**
 * The rows of a story told by `reports` (their order is the order rows are started in: put
 * originals before copies and the earliest first), disagreement rows first, then the rows more
 * origins carry, then in the order they were started.
 */
export function alignGroup(reports: readonly GroupReport[], options: GroupOptions = {}): GroupRow[] {
  const rows: { claims: number[]; anchor: Claim; anchorAt: { report: number; claim: number } }[] = [];
  reports.forEach((report, r) => {
    const anchors = rows.map((row) => row.anchor);
    const pairs = anchors.length
      ? alignClaims(report.claims, anchors, {
          include: (c) => c.kind === 'statement',
          threshold: options.threshold,
        })
      : [];
    // Every aligned claim is one the story already holds; only the primary pair fills the cell.
    const covered = new Set(pairs.map((p) => p.a));
    for (const p of pairs) if (p.primary) rows[p.b]!.claims[r] = p.a;
    report.claims.forEach((claim, i) => {
      if (covered.has(i) || !rowWorthy(claim)) return;
      const claims = new Array<number>(reports.length).fill(-1);
      claims[r] = i;
      rows.push({ claims, anchor: claim, anchorAt: { report: r, claim: i } });
    });
  });
  const contexts: ArticleContext[] = reports.map((r) => articleContext(r.text, r.claims));
  const grouped = rows.map((row) => readRow(reports, contexts, row.claims, row.anchorAt));
  const order = grouped.map((row, k) => ({ row, k, disagrees: rowDisagrees(row) }));
  order.sort(
    (x, y) => Number(y.disagrees) - Number(x.disagrees) || y.row.origins - x.row.origins || x.k - y.k,
  );
  return order.map((o) => o.row);
}

function readRow(
  reports: readonly GroupReport[],
  contexts: readonly ArticleContext[],
  claims: number[],
  anchor: { report: number; claim: number },
): GroupRow {
  const carriers = claims.flatMap((c, r) => (c >= 0 ? [r] : []));
  const claimOf = (r: number): Claim => reports[r]!.claims[claims[r]!]!;
  const passage = (r: number): string => {
    const c = claimOf(r);
    return reports[r]!.text.slice(c.start, c.end);
  };
  const findings = (x: number, y: number): Finding[] =>
    passage(x) === passage(y) ? [] : classifyPair(claimOf(x), claimOf(y), contexts[x]!, contexts[y]!);
  const readings: number[][] = [];
  for (const r of carriers) {
    const same = readings.find((reading) => findings(r, reading[0]!).length === 0);
    if (same) same.push(r);
    else readings.push([r]);
  }
  const between = readings.map((x, i) => readings.map((y, j) => (i === j ? [] : findings(x[0]!, y[0]!))));
  const originsOf = (rs: readonly number[]): number => new Set(rs.map((r) => reports[r]!.origin)).size;
  return {
    claims,
    readings,
    readingOrigins: readings.map(originsOf),
    between,
    origins: originsOf(carriers),
    quote: carriers.some((r) => claimOf(r).quotes.length > 0),
    anchor,
  };
}

/** What each cell of a row shows: its state and the findings that make it. */
export interface RowReading {
  states: CellState[];
  /** The findings of each cell against the reference (or against the other readings when none). */
  findings: Finding[][];
  /** The reading the others are read against, or null when no reading holds a majority. */
  reference: number | null;
}

/**
 * The cells of `row` read against a reference reading: the reading of report `against` when it
 * carries the row, else the reading most origins give (when one is ahead of every other). With no
 * reference, each reading is read against all the others: three wordings of one quote are three
 * "worded differently" cells.
 */
export function readRowStates(
  row: Pick<GroupRow, 'claims' | 'readings' | 'readingOrigins' | 'between'>,
  against: number | null = null,
): RowReading {
  const readingOf = new Map<number, number>();
  row.readings.forEach((reading, k) => reading.forEach((r) => readingOf.set(r, k)));
  let reference: number | null = against !== null ? (readingOf.get(against) ?? null) : null;
  if (reference === null) {
    const most = Math.max(0, ...row.readingOrigins);
    const leaders = row.readingOrigins.flatMap((o, k) => (o === most ? [k] : []));
    if (leaders.length === 1) reference = leaders[0]!;
  }
  const states: CellState[] = [];
  const findings: Finding[][] = [];
  row.claims.forEach((_, r) => {
    const k = readingOf.get(r);
    if (k === undefined) {
      states.push('absent');
      findings.push([]);
      return;
    }
    const found =
      reference !== null
        ? row.between[k]![reference]!
        : row.between[k]!.flatMap((f, j) => (j === k ? [] : f));
    const unique = found.filter((f, i) => found.findIndex((g) => g.detail === f.detail) === i);
    findings.push(unique);
    states.push(stateOf(unique));
  });
  return { states, findings, reference };
}

function stateOf(findings: readonly Finding[]): CellState {
  const present = new Set(findings.map((f) => STATE_OF_KIND[f.kind]));
  return DIFFERENCE_STATES.find((s) => present.has(s)) ?? 'carries';
}

/** Whether some report gives the row's statement differently from the others. */
export function rowDisagrees(row: Pick<GroupRow, 'readings' | 'between'>): boolean {
  return row.between.some((line) => line.some((f) => f.length > 0));
}
