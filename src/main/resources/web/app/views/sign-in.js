// Signing in, the way dev and test do it: paste an editor's bearer token (src/dev/mint-token.sh).
import { html } from '../html.js';
import { signIn, signOut, claims } from '../session.js';
import { renderAccount } from './account.js';

export const name = 'sign-in';

export async function render({ main, params }) {
  if (params.has('out')) {
    signOut();
    renderAccount(document.getElementById('account'));
  }
  const who = claims();
  main.innerHTML = html`<h1>Sign in</h1>
    ${who ? html`<p>Signed in as <strong>${who.sub}</strong> (${(who.groups ?? []).join(', ')}).</p>` : ''}
    <form id="sign-in" class="form">
      <label for="token">Editor's bearer token</label>
      <textarea id="token" name="token" rows="5" required spellcheck="false"
        aria-describedby="token-help"></textarea>
      <p id="token-help" class="hint">In dev mode, <code>src/dev/mint-token.sh</code> prints one. It is kept in this tab only.</p>
      <button type="submit">Sign in</button>
    </form>`;
  main.querySelector('#sign-in').addEventListener('submit', (event) => {
    event.preventDefault();
    signIn(new FormData(event.target).get('token'));
    renderAccount(document.getElementById('account'));
    location.hash = params.get('then') || '#/';
  });
  return 'Sign in';
}
