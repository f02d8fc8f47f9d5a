// An actor: names and offices, the statements it made and those about it (filtered by stance,
// kind and dates, the filter kept in the URL), the stance timeline and its network. While it is
// shown, each new statement its lists would show comes in at the top of its list, marked as just added.
import ActorQuery from '../operations/Actor.graphql';
import ActorStatements from '../operations/ActorStatements.graphql';
import StanceTimeline from '../operations/StanceTimeline.graphql';
import ActorNetwork from '../operations/ActorNetwork.graphql';
import EdgeStatements from '../operations/EdgeStatements.graphql';
import StatementAdded from '../operations/StatementAdded.graphql';
import { request } from '../graphql.js';
import { subscribe } from '../live.js';
import { html, label } from '../html.js';
import { statementCard, actorLink } from './statement-card.js';
import { timelineChart } from '../charts/timeline.js';
import { STANCES, KINDS } from '../vocabulary.js';
import { networkGraph } from '../charts/network.js';
import { liveStatus, showLiveState, announce } from './live-status.js';

export const name = 'actor';
const INTERVALS = ['MONTH', 'QUARTER', 'YEAR'];

function filterOf(params) {
  const list = (key) => params.get(key)?.split(',').filter(Boolean) ?? [];
  const filter = {};
  if (list('stances').length) filter.stances = list('stances');
  if (list('kinds').length) filter.kinds = list('kinds');
  if (params.get('from')) filter.from = params.get('from');
  if (params.get('to')) filter.to = params.get('to');
  return filter;
}

export async function render({ main, params, signal }, slug) {
  const filter = filterOf(params);
  const interval = INTERVALS.includes(params.get('interval')) ? params.get('interval') : 'QUARTER';
  const { actor } = await request(ActorQuery, { slug, filter });
  if (!actor) {
    main.innerHTML = html`<h1>Actor not found</h1><p>No actor is known as “${slug}”.</p>`;
    return 'Not found';
  }
  const [timeline, network] = await Promise.all([
    request(StanceTimeline, { filter: { ...filter, targetIds: [actor.id] }, interval }),
    request(ActorNetwork, { actorId: actor.id, filter }),
  ]);

  main.innerHTML = html`
    <header class="actor-head">
      <p class="kicker">${label(actor.kind)}${actor.organizationType ? html` · ${label(actor.organizationType)}` : ''}
        ${actor.country ? html` · ${actorLink(actor.country)}` : ''}</p>
      <h1>${actor.name}</h1>
      ${actor.aliases.length ? html`<p class="aliases">Also known as
        ${actor.aliases.map((a, i) => html`${i ? ', ' : ''}<span class="alias">${a.name}</span> <small>(${label(a.type).toLowerCase()})</small>`)}</p>` : ''}
      ${actor.description ? html`<p>${actor.description}</p>` : ''}
      ${actor.positions.length ? html`<h2>Offices</h2><ul class="positions">
        ${actor.positions.map((p) => html`<li>${p.title}${p.organization ? html`, ${actorLink(p.organization)}` : ''}
          <span class="when">${period(p)}</span></li>`)}</ul>` : ''}
    </header>

    <form class="filters" id="filters" aria-label="Filter the statements">
      <fieldset><legend>Stance</legend>
        ${STANCES.map((s) => html`<label><input type="checkbox" name="stances" value="${s}" ${filter.stances?.includes(s) ? 'checked' : ''}> ${label(s)}</label>`)}
      </fieldset>
      <label>Kind <select name="kinds"><option value="">Any kind</option>
        ${KINDS.map((k) => html`<option value="${k}" ${filter.kinds?.includes(k) ? 'selected' : ''}>${label(k)}</option>`)}</select></label>
      <label>From <input type="date" name="from" value="${filter.from ?? ''}"></label>
      <label>To <input type="date" name="to" value="${filter.to ?? ''}"></label>
      <label>Timeline by <select name="interval">
        ${INTERVALS.map((i) => html`<option value="${i}" ${i === interval ? 'selected' : ''}>${label(i).toLowerCase()}</option>`)}</select></label>
      <button type="submit">Apply</button>
      <a href="#/actor/${encodeURIComponent(slug)}">Clear</a>
    </form>

    <div class="actor-charts">
      <section aria-labelledby="timeline-heading">
        <h2 id="timeline-heading">Stances towards ${actor.name} over time</h2>
        ${timelineChart(timeline.statementTimeline, interval)}
      </section>
      <section aria-labelledby="network-heading">
        <h2 id="network-heading">Network</h2>
        <p class="hint">Who addresses whom around ${actor.name}: an arrow from speaker to target, coloured by the stance
          most of its statements take, thicker for more statements. Select an arrow to list its statements.</p>
        <div id="network"></div>
        <div id="edge-statements" aria-live="polite"></div>
      </section>
    </div>

    ${liveStatus()}
    <div class="actor-columns" aria-live="off">
      <section aria-labelledby="made-heading">
        <h2 id="made-heading">Statements made <span class="count">${actor.statements.totalCount}</span></h2>
        <div class="statement-list" id="made"></div>
      </section>
      <section aria-labelledby="about-heading">
        <h2 id="about-heading">Statements about ${actor.name} <span class="count">${actor.statementsAbout.totalCount}</span></h2>
        <div class="statement-list" id="about"></div>
      </section>
    </div>`;

  listStatements(main.querySelector('#made'), actor.statements, { slug, filter, about: false });
  listStatements(main.querySelector('#about'), actor.statementsAbout, { slug, filter, about: true });
  networkGraph(main.querySelector('#network'), network.actorNetwork, actor.id,
    (edge) => showEdge(main.querySelector('#edge-statements'), edge, filter));
  live(main, actor, filter, signal);

  main.querySelector('#filters').addEventListener('submit', (event) => {
    event.preventDefault();
    const form = new FormData(event.target);
    const query = new URLSearchParams();
    for (const key of ['stances', 'kinds']) if (form.getAll(key).filter(Boolean).length) query.set(key, form.getAll(key).filter(Boolean).join(','));
    for (const key of ['from', 'to']) if (form.get(key)) query.set(key, form.get(key));
    if (form.get('interval') !== 'QUARTER') query.set('interval', form.get('interval'));
    location.hash = `#/actor/${encodeURIComponent(slug)}${query.size ? `?${query}` : ''}`;
  });
  return actor.name;
}

const period = (p) => [p.start?.text, p.current ? 'current' : p.end?.text ?? 'former'].filter(Boolean).join(' – ');

/** A page of statements, with a button that appends the next page. */
function listStatements(container, connection, { slug, filter, about }) {
  const unseen = connection.nodes.filter((s) => !shown(container, s)); // one that came in live may be on a later page too
  container.insertAdjacentHTML('beforeend', connection.nodes.length
    ? unseen.map((s) => statementCard(s)).join('')
    : html`<p class="hint none">None${Object.keys(filter).length ? ' match the filter' : ''}.</p>`);
  if (!connection.pageInfo.hasNextPage) return;
  const more = document.createElement('button');
  more.type = 'button';
  more.className = 'more';
  more.textContent = 'More statements';
  more.addEventListener('click', async () => {
    more.disabled = true;
    const { actor } = await request(ActorStatements, { slug, filter, about, after: connection.pageInfo.endCursor });
    more.remove();
    listStatements(container, about ? actor.statementsAbout : actor.statements, { slug, filter, about });
  });
  container.append(more);
}

const shown = (container, statement) => container.querySelector(`[data-statement="${CSS.escape(statement.id)}"]`);

/** The statements by and about the actor that its lists would show, as they are added. */
function live(main, actor, filter, signal) {
  const status = main.querySelector('.live-status');
  showLiveState(status, 'Live: new statements appear in the lists as they are added.', signal);
  const lists = [
    { about: false, container: main.querySelector('#made'), filter: { ...filter, speakerIds: [actor.id] } },
    { about: true, container: main.querySelector('#about'), filter: { ...filter, targetIds: [actor.id] } },
  ];
  for (const list of lists) {
    const add = (statement) => {
      if (shown(list.container, statement)) return false;
      list.container.insertAdjacentHTML('afterbegin', html`<div class="live-new"><p class="live-tag">Just added</p>${statementCard(statement)}</div>`);
      list.container.querySelector('.none')?.remove();
      const count = list.container.parentElement.querySelector('h2 .count');
      count.textContent = Number(count.textContent) + 1;
      return true;
    };
    const heading = (statement) => list.about ? `New statement about ${actor.name}` : `New statement by ${statement.speaker.name}`;
    subscribe(StatementAdded, { filter: list.filter }, {
      next({ statementAdded: statement }) {
        if (add(statement)) announce(status, `${heading(statement)}: ${statement.summary}`);
      },
      // What was added while the connection was lost: the first page's statements not shown yet.
      async resumed() {
        const { actor: now } = await request(ActorStatements, { slug: actor.slug, filter, about: list.about });
        const added = (list.about ? now.statementsAbout : now.statements).nodes.reverse().filter(add);
        if (added.length) announce(status, `${added.length} ${added.length === 1 ? 'statement' : 'statements'} added meanwhile.`);
      },
    }, signal);
  }
}

async function showEdge(container, edge, filter) {
  container.innerHTML = html`<p class="hint">Loading the statements of ${edge.source.name} → ${edge.target.name}…</p>`;
  const { statements } = await request(EdgeStatements, {
    filter: { ...filter, speakerIds: [edge.source.id], targetIds: [edge.target.id] },
  });
  container.innerHTML = html`<h3>${edge.source.name} → ${edge.target.name}: ${statements.totalCount}
      ${statements.totalCount === 1 ? 'statement' : 'statements'}</h3>
    ${statements.nodes.map((s) => statementCard(s))}`;
}
