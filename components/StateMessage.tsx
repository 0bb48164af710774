/** A popup state that has no analysis to show: a headline, why, and what the reader can do. */
export interface StateMessageProps {
  kind: 'idle' | 'not-article' | 'analysing' | 'error' | 'nothing-related';
  title: string;
  detail?: string;
  advice?: string;
}

export function StateMessage({ kind, title, detail, advice }: StateMessageProps) {
  return (
    <section
      class={`state state-${kind}`}
      data-state={kind}
      role={kind === 'error' ? 'alert' : 'status'}
      aria-live="polite"
    >
      <h2>{title}</h2>
      {detail ? <p class="detail">{detail}</p> : null}
      {advice ? <p class="advice">{advice}</p> : null}
    </section>
  );
}
