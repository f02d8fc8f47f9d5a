// An article: its sections with every attested passage marked in the text. Hovering,
// focusing or selecting a passage shows the statement it reports beside the text.
import ArticleQuery from '../operations/Article.graphql';
import ArticleStatements from '../operations/ArticleStatements.graphql';
import { request } from '../graphql.js';
import { html, raw, escape, formatDate, label } from '../html.js';
import { isEditor } from '../session.js';
import { statementCard, actorLink } from './statement-card.js';

export const name = 'article';
const PARAGRAPH_SEPARATOR = 2; // the body joins paragraphs with "\n\n"

export async function render({ main, params }, slug) {
  const { article } = await request(ArticleQuery, { slug });
  if (!article) {
    main.innerHTML = html`<h1>Article not found</h1><p>No article is published at “${slug}”.</p>`;
    return 'Not found';
  }
  const statements = await allStatements(article);
  const passages = passagesOf(article, statements);
  const byId = new Map(statements.map((s) => [s.id, s]));

  main.innerHTML = html`
    <article class="article" data-slug="${article.slug}">
      <header>
        <p class="kicker">${article.category}${article.periodical ? html` · <cite>${article.periodical.title}</cite>` : ''}
          ${article.status !== 'PUBLISHED' ? html` · <strong>${label(article.status)}</strong>` : ''}</p>
        <h1>${article.title}</h1>
        <p class="byline">${article.authors.map((a, i) => html`${i ? ', ' : ''}${actorLink(a)}`)}
          ${article.publishedAt ? html` · <time datetime="${article.publishedAt}">${formatDate(article.publishedAt)}</time>` : ''}
          · <span class="read-count">${article.readCount.toLocaleString('en')} reads</span></p>
        <p class="hint">${passages.length} passages report ${statements.length} statements: they are marked in the text.
          Point at one, or move to it with the Tab key, to see what it reports.
          ${isEditor() ? html`<a href="#/statement/new?article=${encodeURIComponent(article.slug)}">Record a statement</a>` : ''}</p>
      </header>
      <div class="article-layout">
        <div class="article-text">${sectionsWithPassages(article.sections, passages)}</div>
        <aside class="passage-panel" aria-label="The statement the selected passage reports">
          <div id="passage-detail" aria-live="polite"><p class="hint">No passage selected.</p></div>
        </aside>
      </div>
      <section class="discussed" aria-labelledby="discussed-heading">
        <h2 id="discussed-heading">Actors discussed</h2>
        <ul class="chips">${article.mentions.map((a) => html`<li>${actorLink(a)}</li>`)}</ul>
      </section>
    </article>`;

  const detail = main.querySelector('#passage-detail');
  const show = (mark) => {
    main.querySelectorAll('mark.passage[aria-current]').forEach((m) => m.removeAttribute('aria-current'));
    mark.setAttribute('aria-current', 'true');
    detail.innerHTML = mark.dataset.statements.split(' ')
      .map((id) => statementCard(byId.get(id), { withSource: false })).join('');
  };
  main.querySelectorAll('mark.passage').forEach((mark) => {
    for (const event of ['mouseenter', 'focus', 'click']) mark.addEventListener(event, () => show(mark));
  });

  const at = Number(params.get('at'));
  const target = params.has('at') && [...main.querySelectorAll('mark.passage')]
    .find((m) => Number(m.dataset.start) <= at && at < Number(m.dataset.end));
  if (target) {
    show(target);
    target.scrollIntoView({ block: 'center' });
    target.focus({ preventScroll: true });
  }
  return article.title;
}

async function allStatements(article) {
  const nodes = [...article.statements.nodes];
  let { pageInfo } = article.statements;
  while (pageInfo.hasNextPage) {
    const page = (await request(ArticleStatements, { slug: article.slug, after: pageInfo.endCursor })).article.statements;
    nodes.push(...page.nodes);
    pageInfo = page.pageInfo;
  }
  return nodes;
}

/** The passages in this article's body, in order; passages that overlap are shown as one. */
function passagesOf(article, statements) {
  const spans = statements.flatMap((s) => s.attestations
    .filter((a) => a.article.slug === article.slug)
    .map((a) => ({ start: a.start, end: a.end, statements: [s.id] })))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const merged = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last && span.start < last.end) {
      last.end = Math.max(last.end, span.end);
      if (!last.statements.includes(span.statements[0])) last.statements.push(span.statements[0]);
    } else {
      merged.push(span);
    }
  }
  return merged;
}

function sectionsWithPassages(sections, passages) {
  let offset = 0;
  return sections.map((section) => html`<section class="section-${section.role.toLowerCase()}">
    ${section.heading ? html`<h2>${section.heading}</h2>` : ''}
    ${section.paragraphs.map((paragraph) => {
      const start = offset;
      offset += paragraph.length + PARAGRAPH_SEPARATOR;
      return html`<p>${markPassages(paragraph, start, passages)}</p>`;
    })}
  </section>`);
}

function markPassages(paragraph, start, passages) {
  const end = start + paragraph.length;
  let out = '';
  let cursor = start;
  for (const p of passages) {
    if (p.end <= start || p.start >= end) continue;
    const from = Math.max(p.start, start);
    const to = Math.min(p.end, end);
    out += escape(paragraph.slice(cursor - start, from - start));
    out += `<mark class="passage" tabindex="0" data-start="${p.start}" data-end="${p.end}" data-statements="${escape(p.statements.join(' '))}">`
      + `${escape(paragraph.slice(from - start, to - start))}</mark>`;
    cursor = to;
  }
  return raw(out + escape(paragraph.slice(cursor - start)));
}
