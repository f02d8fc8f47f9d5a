// The masthead's account corner: who is signed in, and the way in or out.
import { html } from '../html.js';
import { claims } from '../session.js';

export function renderAccount(nav) {
  const who = claims();
  nav.innerHTML = who
    ? html`<span class="who">Editor: ${who.sub}</span> <a href="#/sign-in?out">Sign out</a>`
    : html`<a href="#/sign-in">Sign in</a>`;
}
