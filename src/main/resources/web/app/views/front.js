// Front page: the latest published articles, ten to a page.
import FrontPage from '../operations/FrontPage.graphql';
import { request } from '../graphql.js';
import { html, formatDate } from '../html.js';

export const name = 'front';
const PAGE = 10;

export async function render(main, params) {
  const before = params.get('before');
  const page = before ? { last: PAGE, before } : { first: PAGE, after: params.get('after') };
  const { articles } = await request(FrontPage, page);
  const { pageInfo } = articles;
  main.innerHTML = html`
    <h1 class="visually-hidden">Latest articles</h1>
    <ol class="article-list">
      ${articles.nodes.map((a) => html`
        <li class="article-card">
          <p class="kicker">${a.category}${a.periodical ? html` · <cite>${a.periodical.title}</cite>` : ''}</p>
          <h2><a href="#/article/${encodeURIComponent(a.slug)}">${a.title}</a></h2>
          <p class="byline">
            ${a.authors.map((author, i) => html`${i ? ', ' : ''}<a href="#/actor/${author.slug}">${author.name}</a>`)}
            ${a.publishedAt ? html` · <time datetime="${a.publishedAt}">${formatDate(a.publishedAt)}</time>` : ''}
            · <span class="read-count">${a.readCount.toLocaleString('en')} reads</span>
            · ${a.wordCount.toLocaleString('en')} words
          </p>
          ${a.summary ? html`<p class="summary">${a.summary}</p>` : ''}
        </li>`)}
    </ol>
    ${articles.nodes.length === 0 ? html`<p>No articles are published yet.</p>` : ''}
    <nav class="pager" aria-label="Pages of articles">
      ${(before ? pageInfo.hasPreviousPage : params.has('after') || params.has('before'))
        ? html`<a rel="prev" href="#/?before=${encodeURIComponent(pageInfo.startCursor)}">Newer articles</a>` : ''}
      <span>${articles.totalCount} ${articles.totalCount === 1 ? 'article' : 'articles'}</span>
      ${(before || pageInfo.hasNextPage) && pageInfo.endCursor
        ? html`<a rel="next" href="#/?after=${encodeURIComponent(pageInfo.endCursor)}">Older articles</a>` : ''}
    </nav>`;
  return null;
}
