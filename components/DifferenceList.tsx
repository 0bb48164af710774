import type { ShownDifference } from '@/lib/analysis/shown-differences';
import type { Passage } from '@/lib/claims/compare';
import { KIND_LABEL, KIND_ORDER } from './kinds';
import { WordDiff } from './WordDiff';

export type { ShownDifference };

export interface DifferenceListProps {
  differences: ShownDifference[];
  /** Passages only this article carries, with how many. */
  onlyHere?: Passage[];
  /** Called when the reader picks a difference (to scroll the page to it). */
  onSelect?: (difference: ShownDifference) => void;
  headingLevel?: 2 | 3;
}

/** Differences grouped by kind, substantive first; each shows both passages side by side with a word diff. */
export function DifferenceList({
  differences,
  onlyHere = [],
  onSelect,
  headingLevel = 2,
}: DifferenceListProps) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const groups = KIND_ORDER.map((kind) => ({
    kind,
    items: differences.filter((d) => d.kind === kind),
  })).filter((g) => g.items.length);
  return (
    <section class="differences" aria-label="Claims that differ">
      {groups.map((group) => (
        <div class={`difference-group kind-${group.kind}`} key={group.kind} data-kind={group.kind}>
          <Heading>
            {KIND_LABEL[group.kind]} <span class="count">{group.items.length}</span>
          </Heading>
          <ul>
            {group.items.map((d) => (
              <li key={d.key} class="difference" data-kind={d.kind}>
                <button type="button" class="difference-open" onClick={() => onSelect?.(d)}>
                  <div class="passages">
                    <div class="passage passage-a">
                      <span class="passage-source">This article</span>
                      <WordDiff text={d.a.text} other={d.b.text} side="a" />
                    </div>
                    <div class="passage passage-b">
                      <span class="passage-source">{d.otherSource}</span>
                      <WordDiff text={d.b.text} other={d.a.text} side="b" />
                    </div>
                  </div>
                  {d.detail ? <p class="difference-detail">{readableDetail(d.detail)}</p> : null}
                  <span class="visually-hidden"> (show this sentence in the page)</span>
                </button>
              </li>
            ))}
          </ul>
        </div>
      ))}
      {onlyHere.length ? (
        <div class="difference-group only-here">
          <Heading>
            Only in this article <span class="count">{onlyHere.length}</span>
          </Heading>
          <ul>
            {onlyHere.map((p) => (
              <li key={`${p.start}-${p.end}`} class="only-passage">
                {p.text}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}

/**
 * The engine's detail may carry an inline diff ("… [-it is-] {+that's+} …") for the CLI; the word
 * diff above already shows it, so only the description before it is shown here.
 */
export function readableDetail(detail: string): string {
  if (!/\[-|\{\+/.test(detail)) return detail;
  const head = detail.split(':')[0]!.trim();
  return head ? head[0]!.toUpperCase() + head.slice(1) + '.' : '';
}
