import { readableDetail, type ShownDifference } from '../DifferenceList';
import { KIND_SHORT } from '../kinds';
import { WordDiff } from '../WordDiff';

export interface MarkTooltipProps {
  id: string;
  differences: ShownDifference[];
  /** Viewport position of the mark's first line. */
  anchor: { left: number; top: number; bottom: number };
  viewport: { width: number; height: number };
}

const WIDTH = 360;

/** What other sources say instead of the marked sentence: their passage, word-diffed, with the outlet. */
export function MarkTooltip({ id, differences, anchor, viewport }: MarkTooltipProps) {
  const left = Math.max(8, Math.min(anchor.left, viewport.width - WIDTH - 8));
  const below = anchor.bottom + 8 + 160 < viewport.height;
  const style = below
    ? { left: `${left}px`, top: `${anchor.bottom + 8}px` }
    : { left: `${left}px`, bottom: `${viewport.height - anchor.top + 8}px` };
  return (
    <div class="tooltip" role="tooltip" id={id} style={style}>
      {differences.map((d) => (
        <div class="tooltip-item" key={d.key} data-kind={d.kind}>
          <p class="tooltip-head">
            <span class={`kind-chip kind-${d.kind}`}>{KIND_SHORT[d.kind]}</span> {d.otherSource} says:
          </p>
          <p class="tooltip-passage">
            <WordDiff text={d.b.text} other={d.a.text} side="b" />
          </p>
          {d.detail ? <p class="tooltip-detail">{readableDetail(d.detail)}</p> : null}
        </div>
      ))}
    </div>
  );
}
