import type { RelatedItem } from '@/lib/analysis/analyze';
import { sourceLine } from './format';

/** Related coverage, same story first, each with its score and why it matched; copies of this article last, grouped. */
export function RelatedList({ items }: { items: RelatedItem[] }) {
  const copies = items.filter((i) => i.syndicated);
  const others = items.filter((i) => !i.syndicated);
  return (
    <section class="related" aria-labelledby="related-heading">
      <h2 id="related-heading">Related coverage</h2>
      <RelatedItems items={others} />
      {copies.length ? (
        <>
          <h3 class="copies-heading">Copies of this article elsewhere (syndicated, counted once)</h3>
          <RelatedItems items={copies} />
        </>
      ) : null}
    </section>
  );
}

function RelatedItems({ items }: { items: RelatedItem[] }) {
  return (
    <ul>
      {items.map((item) => (
        <li key={item.id} class="related-item" data-id={item.id} data-same-story={String(item.sameStory)}>
          <div class="related-top">
            <span class={item.sameStory ? 'tier tier-same' : 'tier tier-related'}>
              {item.sameStory ? 'Same story' : 'Related'}
            </span>
            {item.syndicated ? <span class="tier tier-syndicated">Syndicated copy</span> : null}
            <span class="score" title="Similarity score (0–1)">
              {item.score.toFixed(2)}
            </span>
          </div>
          <p class="related-title">
            {item.url ? (
              <a href={item.url} target="_blank" rel="noreferrer noopener">
                {item.title}
              </a>
            ) : (
              item.title
            )}
          </p>
          <p class="meta">{sourceLine(item.siteName, item.publishedTime) || 'Outlet unknown'}</p>
          {item.why.summary ? <p class="verdict">{item.why.summary}</p> : null}
          <p class="why">{whyLine(item)}</p>
          {item.why.doubts?.length ? (
            <p class="doubts">Missing or different: {item.why.doubts.join('; ')}</p>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

function whyLine(item: RelatedItem): string {
  const parts: string[] = [];
  if (item.why.sharedEntities.length) parts.push(`names: ${item.why.sharedEntities.slice(0, 4).join(', ')}`);
  if (item.why.sharedTerms.length) parts.push(`terms: ${item.why.sharedTerms.slice(0, 4).join(', ')}`);
  if (item.why.days !== null) parts.push(item.why.days === 0 ? 'same day' : `${item.why.days} days apart`);
  return parts.length ? `Shared ${parts.join('; ')}` : '';
}
