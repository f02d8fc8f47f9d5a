// The line above what a live view updates: whether updates arrive, shown but not announced (the
// view's own region is polite, this line is not), and what just arrived, announced politely.
import { watch } from '../live.js';
import { html } from '../html.js';

const STATES = {
  connecting: 'Connecting for live updates…',
  reconnecting: 'Live updates interrupted: reconnecting…',
  failed: 'Live updates are unavailable: reload the page to try again.',
  off: '',
};

export const liveStatus = () => html`<p class="live-status">
    <span class="live-state" aria-live="off" data-state="off"></span>
    <span class="live-news" role="status"></span></p>`;

/** Shows the connection's state in `element` (a liveStatus()) while the view is shown; `live` says what arrives. */
export function showLiveState(element, live, signal) {
  const state = element.querySelector('.live-state');
  watch((now) => {
    state.dataset.state = now;
    state.textContent = now === 'live' ? live : STATES[now];
  }, signal);
}

export function announce(element, news) {
  element.querySelector('.live-news').textContent = news;
}
