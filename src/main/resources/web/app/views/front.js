// Front page: the latest published articles, ten to a page. While it is shown, each article
// published comes in at the top of the first page (the page grows, so its "Older" cursor still
// follows the last card shown); on later pages, a line says it was published.
import FrontPage from '../operations/FrontPage.graphql';
import ArticlePublished from '../operations/ArticlePublished.graphql';
import { request } from '../graphql.js';
import { subscribe } from '../live.js';
import { html, formatDate } from '../html.js';
import { liveStatus, showLiveState, announce } from './live-status.js';

export const name = 'front';
const PAGE = 10;

export async function render({ main, params, signal }) {
  const before = params.get('before');
  const first = !before && !params.has('after');
  const page = before ? { last: PAGE, before } : { first: PAGE, after: params.get('after') };
  const { articles } = await request(FrontPage, page);
  const { pageInfo } = articles;
  main.innerHTML = html`
    <h1 class="visually-hidden">Latest articles</h1>
    ${liveStatus()}
    <ol class="article-list" aria-live="off">${articles.nodes.map(articleCard)}</ol>
    ${articles.nodes.length === 0 ? html`<p class="none">No articles are published yet.</p>` : ''}
    <nav class="pager" aria-label="Pages of articles">
      ${(before ? pageInfo.hasPreviousPage : !first)
        ? html`<a rel="prev" href="#/?before=${encodeURIComponent(pageInfo.startCursor)}">Newer articles</a>` : ''}
      <span class="total">${total(articles.totalCount)}</span>
      ${(before || pageInfo.hasNextPage) && pageInfo.endCursor
        ? html`<a rel="next" href="#/?after=${encodeURIComponent(pageInfo.endCursor)}">Older articles</a>` : ''}
    </nav>`;
  live(main, first, articles.totalCount, signal);
  return null;
}

const total = (count) => `${count} ${count === 1 ? 'article' : 'articles'}`;

function articleCard(a) {
  return html`
    <li class="article-card" data-slug="${a.slug}">
      <p class="kicker">${a.category}${a.periodical ? html` · <cite>${a.periodical.title}</cite>` : ''}</p>
      <h2><a href="#/article/${encodeURIComponent(a.slug)}">${a.title}</a></h2>
      <p class="byline">
        ${a.authors.map((author, i) => html`${i ? ', ' : ''}<a href="#/actor/${author.slug}">${author.name}</a>`)}
        ${a.publishedAt ? html` · <time datetime="${a.publishedAt}">${formatDate(a.publishedAt)}</time>` : ''}
        · <span class="read-count">${a.readCount.toLocaleString('en')} reads</span>
        · ${a.wordCount.toLocaleString('en')} words
      </p>
      ${a.summary ? html`<p class="summary">${a.summary}</p>` : ''}
    </li>`;
}

function live(main, first, totalCount, signal) {
  const status = main.querySelector('.live-status');
  const list = main.querySelector('.article-list');
  let count = totalCount;
  const shown = (slug) => [...list.children].some((card) => card.dataset.slug === slug);
  const add = (article) => {
    if (shown(article.slug)) return false;
    list.insertAdjacentHTML('afterbegin', articleCard(article));
    list.firstElementChild.classList.add('live-new');
    main.querySelector('.none')?.remove();
    main.querySelector('.pager .total').textContent = total(++count);
    return true;
  };
  showLiveState(status, first ? 'Live: articles appear here as they are published.' : 'Live.', signal);
  subscribe(ArticlePublished, {}, {
    next({ articlePublished: article }) {
      if (!first) announce(status, `Just published: ${article.title}. The front page lists it first.`);
      else if (add(article)) announce(status, `Just published: ${article.title}.`);
    },
    // What was published while the connection was lost: the newest articles not shown yet.
    async resumed() {
      if (!first) return;
      const { articles } = await request(FrontPage, { first: PAGE });
      const added = articles.nodes.reverse().filter(add);
      if (added.length) announce(status, `Published meanwhile: ${added.map((a) => a.title).join('; ')}.`);
    },
  }, signal);
}
