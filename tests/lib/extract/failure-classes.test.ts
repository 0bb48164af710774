/**
 * Two classes of page that were lost whole on pages nobody here had seen: a short free article
 * declined as a sign-in wall because the site's header holds a login form, and a blog post read at
 * an address ending in "#comment-…" whose reader's comment was extracted instead of the post. The
 * pages below are our own, written to have the same shape.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '@/lib/extract/extract-article';
import { repairParsedDocument } from '@/lib/extract/repair-document';

function extract(html: string, url: string): ReturnType<typeof extractArticle> {
  const { document } = parseHTML(html);
  repairParsedDocument(document as unknown as Document);
  return extractArticle(document as unknown as Document, url);
}

const LOGIN_BOX = `<form class="conta" action="/entrar" method="post">
  <label>Email <input type="email" name="email"></label>
  <label>Palavra-passe <input type="password" name="senha"></label>
  <button>Entrar</button><a href="/assinar">Assinar o jornal</a></form>`;

const SHORT_ARTICLE = `<h1>Feira do livro regressa ao largo da estação no sábado</h1>
  <p class="data">12 de abril de 2024</p>
  <p>A feira do livro da vila volta a ocupar o largo da estação a partir de sábado, com trinta bancas de editoras pequenas, livreiros da região e uma tenda dedicada aos mais novos.</p>
  <p>A organização, a cargo da junta de freguesia, conta com sessões de autógrafos ao fim da tarde e um programa de leituras em voz alta nas manhãs de domingo, sempre com entrada livre.</p>
  <p>O certame prolonga-se até ao dia 21 e funciona todos os dias entre as dez da manhã e as oito da noite.</p>`;

describe('a sign-in or subscription verdict needs evidence that the article is hidden', () => {
  it('reads a short free article whose site header holds a login form', () => {
    const html = `<!doctype html><html lang="pt"><head><title>Feira do livro regressa no sábado | Jornal do Vale</title></head>
      <body><header class="topo"><a href="/">Jornal do Vale</a>${LOGIN_BOX}</header>
      <div class="conteudo">${SHORT_ARTICLE}</div>
      <footer>Jornal do Vale, todos os direitos reservados</footer></body></html>`;
    const article = extract(html, 'https://jornal-do-vale.example/regiao/feira-do-livro');
    expect(article.readerable).toBe(true);
    expect(article.text).toContain('trinta bancas de editoras pequenas');
    expect(article.text).toContain('até ao dia 21');
    // Too little prose for Readability's own article check, so it is read as Readability reads it, and says so.
    expect(article.reason).toMatch(/plain Readability/);
  });

  it('reads a short free article that ends with a form to log in and comment', () => {
    const html = `<!doctype html><html lang="pt"><head><title>Feira do livro regressa no sábado</title></head>
      <body><main>${SHORT_ARTICLE}
      <section class="participar"><h2>Comente esta notícia</h2><p>Entre na sua conta para comentar.</p>${LOGIN_BOX}</section>
      </main></body></html>`;
    const article = extract(html, 'https://jornal-do-vale.example/regiao/feira-do-livro');
    expect(article.readerable).toBe(true);
    expect(article.text).toContain('sessões de autógrafos');
    expect(article.reason).toMatch(/^Read as plain Readability reads it: this page asks to sign in/);
  });

  it('still declines a page that is only a sign-in form', () => {
    const html = `<!doctype html><html lang="en"><head><title>Sign in | The Ledger</title></head>
      <body><main><h1>Sign in to keep reading</h1><p>Subscribers read every story without limits.</p>
      <form action="/login" method="post"><label>Email <input type="email"></label>
      <label>Password <input type="password"></label><button>Sign in</button></form></main></body></html>`;
    const article = extract(html, 'https://ledger.example/account/signin');
    expect(article.readerable).toBe(false);
    expect(article.reason).toMatch(/sign in or subscribe/);
  });
});

const COMMENTS = `<section id="comments" class="comments-area">
  <h2 class="comments-title">One thought on “Repotting the old fig tree”</h2>
  <ol class="comment-list">
    <li id="li-comment-57"><article id="comment-57" class="comment">
      <footer class="comment-meta"><b class="fn">Tomasz</b> <time datetime="2023-09-04">4 September 2023</time></footer>
      <div class="comment-content">
        <p>We did the same with ours last year and I would add one thing from bitter experience: water the tree thoroughly the evening before, because a dry root ball crumbles the moment it leaves the pot and you lose most of the fine roots that feed it.</p>
        <p>We also made the mistake of moving it into full sun straight afterwards. It dropped nearly every leaf within a week and sulked for the rest of the summer, and we were sure we had killed it until new buds appeared the following April.</p>
        <p>These days I keep a repotted fig in light shade for a fortnight, feed it nothing for a month, and only then let it back onto the terrace. Since then we have had two good crops, and the neighbours have started asking for cuttings, which root easily in a jar of water on the kitchen windowsill.</p>
        <p>A friend who grows them against a south wall swears by a layer of broken terracotta at the bottom of the pot, and by never letting the soil dry out completely in the first summer after the move.</p>
        <p>She also prunes hers hard in late winter, which keeps the tree small enough for a pot and, she says, gives more fruit on the new wood than you would ever get from an unpruned tree left to sprawl.</p>
        <p>One last thing: if the roots are badly circling, cutting a few of them back by a third does no harm at all. Ours came back stronger for it, and the new pot has lasted three seasons now without any sign of cracking in the frost.</p>
      </div>
    </article></li>
  </ol>
</section>`;

const POST = `<article id="post-311" class="post type-post">
  <h1 class="entry-title">Repotting the old fig tree</h1>
  <div class="entry-meta">Posted on <time datetime="2023-09-02">2 September 2023</time> by <a rel="author" href="/author/mira/">Mira Olsen</a></div>
  <div class="entry-content">
    <p>The fig on the back step has lived in the same clay pot for nine years, and this spring it finally told me so.</p>
    <p>So out it came on a dry Saturday, into a pot only a hand wider: figs fruit better a little cramped.</p>
    <p>Photos of the whole muddy business are in the gallery below.</p>
  </div>
  ${COMMENTS}
</article>`;

describe('a URL fragment never redirects extraction to a comment or to part of the page', () => {
  const html = `<!doctype html><html lang="en"><head><title>Repotting the old fig tree – Back Step Garden</title>
    <script type="application/ld+json">{"@context": "https://schema.org", "@type": "BlogPosting",
      "headline": "Repotting the old fig tree", "datePublished": "2023-09-02T10:00:00+02:00"}</script></head>
    <body><div id="page"><header><a href="/">Back Step Garden</a></header>
    <main id="main">${POST}</main></div></body></html>`;
  const url = 'https://backstep-garden.example/2023/09/02/repotting-the-old-fig-tree/';

  it('extracts the post, not the longer comment below it', () => {
    const article = extract(html, `${url}#comment-57`);
    expect(article.readerable).toBe(true);
    expect(article.text).toContain('clay pot for nine years');
    expect(article.text).not.toContain('bitter experience');
    expect(article.byline).toBe('Mira Olsen');
  });

  it('gives the same article with or without the fragment', () => {
    const withFragment = extract(html, `${url}#comment-57`);
    const without = extract(html, url);
    expect({ ...withFragment, url: '' }).toEqual({ ...without, url: '' });
    expect(withFragment.canonicalUrl).toBe(url);
  });
});

describe("a site's home page", () => {
  it('is declined as a list of stories at the root address, without a rule for root addresses', () => {
    const teasers = Array.from(
      { length: 10 },
      (_, i) =>
        `<article><h2><a href="/2024/05/0${i}/story-${i}">Story number ${i} about the harbour</a></h2><p>A short teaser.</p></article>`,
    ).join('');
    const { document } = parseHTML(
      `<html><head><title>Harbour Times</title></head><body><h1>Harbour Times</h1>${teasers}</body></html>`,
    );
    const a = extractArticle(document as unknown as Document, 'https://harbour.example/');
    expect(a.readerable).toBe(false);
    expect(a.reason).toMatch(/home page|section front/);
  });
});
