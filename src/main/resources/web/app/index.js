// The desk: one page, one module per view, routed by the URL's hash so every view has a
// shareable address (#/actor/kazakhstan?stances=HOSTILE) and needs no server-side fallback.
import './app.css';
import * as front from './views/front.js';
import * as article from './views/article.js';
import * as actor from './views/actor.js';
import * as search from './views/search.js';
import * as signIn from './views/sign-in.js';
import * as statementEditor from './views/statement-editor.js';
import { renderAccount } from './views/account.js';
import { html } from './html.js';

const routes = [
  [/^\/$/, front],
  [/^\/article\/([^/]+)$/, article],
  [/^\/actor\/([^/]+)$/, actor],
  [/^\/search$/, search],
  [/^\/sign-in$/, signIn],
  [/^\/statement\/new$/, statementEditor],
  [/^\/statement\/([^/]+)\/edit$/, statementEditor],
];

const main = document.getElementById('view');
let current = 0;
/** The shown view's lifetime: what it started for as long as it is shown (its subscriptions) ends with it. */
let shown = new AbortController();

async function route() {
  const [path, query = ''] = (location.hash.slice(1) || '/').split('?');
  const params = new URLSearchParams(query);
  const match = routes.map(([pattern, view]) => [pattern.exec(path), view]).find(([m]) => m);
  const navigation = ++current;
  shown.abort();
  shown = new AbortController();
  renderAccount(document.getElementById('account'));
  document.getElementById('search-input').value = params.get('q') ?? '';
  delete document.body.dataset.rendered;
  if (!match) {
    main.innerHTML = html`<h1>Not found</h1><p>No page at ${path}. <a href="#/">Front page</a></p>`;
    document.body.dataset.rendered = 'not-found';
    return;
  }
  const [[, ...args], view] = match;
  main.setAttribute('aria-busy', 'true');
  let rendered = view.name;
  try {
    const title = await view.render({ main, params, signal: shown.signal }, ...args.map(decodeURIComponent));
    if (navigation !== current) return; // a newer navigation took over
    document.title = title ? `${title} · Analyst` : 'Analyst';
  } catch (error) {
    if (navigation !== current) return;
    main.innerHTML = html`<h1>Something went wrong</h1><p class="error" role="alert">${error.message}</p>`;
    rendered = 'error';
    console.error(error);
  } finally {
    main.removeAttribute('aria-busy');
  }
  // The browser tests wait for this, and measure the render time by it.
  performance.mark(`rendered ${location.hash || '#/'}`);
  document.body.dataset.rendered = rendered;
}

function navigate(hash) {
  if (location.hash === hash) route();
  else location.hash = hash;
}

document.getElementById('search-form').addEventListener('submit', (event) => {
  event.preventDefault();
  const q = new FormData(event.target).get('q').trim();
  if (q) navigate(`#/search?${new URLSearchParams({ q })}`);
});
// The hash is the route, so the skip link moves the focus itself rather than to "#view".
document.querySelector('.skip').addEventListener('click', (event) => {
  event.preventDefault();
  main.focus();
});
window.addEventListener('hashchange', () => {
  route();
  main.focus({ preventScroll: true });
});
route();
