// Search: one box over everything; hits ranked by the API, grouped by type (groups in the order
// of their best hit), each with its highlight. A statement opens the article at its passage.
import Search from '../operations/Search.graphql';
import { request } from '../graphql.js';
import { html, raw, label, formatDate, names } from '../html.js';
import { passageHref } from './statement-card.js';

export const name = 'search';
const GROUPS = { Actor: 'Actors', Statement: 'Statements', Article: 'Articles', Publication: 'Publications' };

export async function render({ main, params }) {
  const query = params.get('q')?.trim();
  if (!query) {
    main.innerHTML = html`<h1>Search</h1><p>Type a name, a place or a topic in the search box.</p>`;
    return 'Search';
  }
  const { search } = await request(Search, { query });
  main.innerHTML = html`<h1>Search: “${query}”</h1>
    <p class="hint" id="search-count">${search.totalCount} ${search.totalCount === 1 ? 'hit' : 'hits'}, best first.</p>
    <div id="hits"></div>`;
  showHits(main.querySelector('#hits'), search, query);
  return `Search: ${query}`;
}

function showHits(container, search, query) {
  const groups = new Map();
  for (const edge of search.edges) {
    const type = edge.node.__typename;
    if (!groups.has(type)) groups.set(type, []);
    groups.get(type).push(edge);
  }
  container.insertAdjacentHTML('beforeend', [...groups].map(([type, edges]) => html`
    <section class="hit-group" aria-label="${GROUPS[type]}">
      <h2>${GROUPS[type]}</h2>
      <ol class="hits">${edges.map((edge) => html`<li class="hit hit-${type.toLowerCase()}">${hit(edge)}
        ${edge.highlight ? html`<p class="highlight">${raw(edge.highlight)}</p>` : ''}</li>`)}</ol>
    </section>`).join(''));
  if (!search.pageInfo.hasNextPage) return;
  const more = document.createElement('button');
  more.type = 'button';
  more.className = 'more';
  more.textContent = 'More hits';
  more.addEventListener('click', async () => {
    more.disabled = true;
    const next = (await request(Search, { query, after: search.pageInfo.endCursor })).search;
    more.remove();
    showHits(container, next, query);
  });
  container.append(more);
}

function hit({ node, attestation }) {
  switch (node.__typename) {
    case 'Actor':
      return html`<h3><a href="#/actor/${encodeURIComponent(node.slug)}">${node.name}</a> <small>${label(node.kind)}</small></h3>
        ${node.description ? html`<p>${node.description}</p>` : ''}`;
    case 'Article':
      return html`<h3><a href="#/article/${encodeURIComponent(node.slug)}">${node.title}</a></h3>
        <p class="byline">${names(node.authors)}${node.publishedAt ? ` · ${formatDate(node.publishedAt)}` : ''}</p>`;
    case 'Statement': {
      const passage = attestation ?? node.attestations[0];
      return html`<h3><a href="${passageHref(passage)}">${node.summary}</a></h3>
        <p class="byline">${node.speaker.name} · ${node.date.text}</p>`;
    }
    default:
      return html`<h3>${node.title}</h3><p class="byline">${label(node.publicationKind)}${node.publicationDate ? ` · ${node.publicationDate.text}` : ''}</p>`;
  }
}
