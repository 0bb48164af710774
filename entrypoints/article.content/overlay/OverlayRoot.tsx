import { useEffect, useState } from 'preact/hooks';
import { MarkTooltip } from '@/components/overlay/MarkTooltip';
import { Overlay } from '@/components/overlay/Overlay';
import type { Highlighter } from '@/lib/anchor/highlighter';
import type { ShownAnalysis, ShownDifference } from '@/lib/analysis/shown-differences';

export interface OverlayRootProps {
  shown: ShownAnalysis;
  scheme: 'light' | 'dark';
  highlighter: Highlighter;
  /** Mark ids that were found in the page. */
  anchored: Set<string>;
  win: Window;
  onDismiss: () => void;
  onNeverOnSite: () => void;
  onOpenStory: () => void;
}

interface TooltipState {
  markId: string;
  anchor: { left: number; top: number; bottom: number };
}

/** The overlay's own state: expanded or not, and which mark's tooltip shows (on hover, or after a pick). */
export function OverlayRoot({
  shown,
  scheme,
  highlighter,
  anchored,
  win,
  onDismiss,
  onNeverOnSite,
  onOpenStory,
}: OverlayRootProps) {
  const [expanded, setExpanded] = useState(false);
  const [tooltip, setTooltip] = useState<TooltipState | null>(null);

  useEffect(() => {
    let frame = 0;
    // Hover on marked text: the Highlight API gives no element to hover, so hit-test the pointer (passive, once a frame).
    const onMove = (event: MouseEvent): void => {
      if (frame) return;
      frame = win.requestAnimationFrame(() => {
        frame = 0;
        const id = highlighter.hitTest(event.clientX, event.clientY);
        if (!id) return setTooltip((t) => (t && t.markId !== 'pinned' ? null : t));
        const rect = highlighter.rectOf(id);
        if (rect) setTooltip({ markId: id, anchor: { left: rect.left, top: rect.top, bottom: rect.bottom } });
      });
    };
    const onKey = (event: KeyboardEvent): void => {
      if (event.key === 'Escape') setTooltip(null);
    };
    const onScroll = (): void => {
      highlighter.relayout();
      setTooltip(null);
    };
    win.addEventListener('mousemove', onMove, { passive: true });
    win.addEventListener('keydown', onKey, { passive: true });
    win.addEventListener('scroll', onScroll, { passive: true });
    win.addEventListener('resize', onScroll, { passive: true });
    return () => {
      win.removeEventListener('mousemove', onMove);
      win.removeEventListener('keydown', onKey);
      win.removeEventListener('scroll', onScroll);
      win.removeEventListener('resize', onScroll);
      win.cancelAnimationFrame(frame);
    };
  }, [highlighter, win]);

  const select = (d: ShownDifference): void => {
    if (!anchored.has(d.markId)) return;
    highlighter.flash(d.markId);
    const rect = highlighter.rectOf(d.markId);
    if (rect)
      setTooltip({ markId: d.markId, anchor: { left: rect.left, top: rect.top, bottom: rect.bottom } });
  };

  const tipped = tooltip ? shown.differences.filter((d) => d.markId === tooltip.markId) : [];
  return (
    <>
      <Overlay
        reports={shown.reports}
        differing={shown.differing}
        differences={shown.differences}
        expanded={expanded}
        scheme={scheme}
        onToggle={() => setExpanded((e) => !e)}
        onDismiss={onDismiss}
        onNeverOnSite={onNeverOnSite}
        onSelect={select}
        onOpenStory={onOpenStory}
      />
      {tooltip && tipped.length ? (
        <div class="overlay" data-scheme={scheme}>
          <MarkTooltip
            id="parallax-tooltip"
            differences={tipped}
            anchor={tooltip.anchor}
            viewport={{ width: win.innerWidth, height: win.innerHeight }}
          />
        </div>
      ) : null}
    </>
  );
}
