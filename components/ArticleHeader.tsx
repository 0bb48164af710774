import type { ArticleSummary } from '@/lib/analysis/analyze';
import { sourceLine } from './format';

/** The article the reader is on: title, outlet and date. */
export function ArticleHeader({ article }: { article: ArticleSummary }) {
  const line = sourceLine(article.siteName, article.publishedTime);
  return (
    <header class="article">
      <h1 class="article-title">{article.title || 'Untitled article'}</h1>
      {line ? <p class="meta">{line}</p> : null}
    </header>
  );
}
