// Live updates: the views' subscriptions over one WebSocket to /graphql, in the graphql-transport-ws
// protocol (the graphql-ws library's, which GraphiQL and Apollo Client speak). The socket opens for
// the first subscription, with the editor's token in connection_init when one is signed in, and
// closes with the last. A lost connection is opened again after 1, 2, 4 … 30 seconds and its
// subscriptions sent again; each is then told it resumed, to catch up on what it missed meanwhile.
// A page kept in the browser's back/forward cache holds no subscriptions on the server: the socket
// closes when the page is hidden and opens again, catching up, when it is shown again.
import { token } from './session.js';
import { operationName } from './graphql.js';

/** Closes that another try would only repeat: a bad token (4401), a message the server refused. */
const FINAL = new Set([4400, 4401, 4403, 4409, 4429]);
const MAX_DELAY = 30_000;

const subscriptions = new Map(); // id → { payload, sink }
const watchers = new Set();
let socket = null;
let acknowledged = false;
let unansweredPings = 0;
let state = 'off';
let lostConnections = 0;
let retry = null;
let lastId = 0;

/**
 * Runs a subscription until `signal` aborts: `sink.next(data)` for each event, and
 * `sink.resumed?.()` after a lost connection is back.
 */
export function subscribe(operation, variables, sink, signal) {
  if (signal.aborted) return;
  const id = String(++lastId);
  const subscription = { payload: { query: operation, operationName: operationName(operation), variables }, sink };
  subscriptions.set(id, subscription);
  if (acknowledged) start(id, subscription);
  else connect();
  signal.addEventListener('abort', () => {
    if (!subscriptions.delete(id)) return;
    if (acknowledged) send({ id, type: 'complete' });
    if (subscriptions.size === 0) disconnect();
  }, { once: true });
}

/**
 * Tells `onState` the connection's state until `signal` aborts: 'connecting', 'live' once the
 * server has registered every subscription sent, 'reconnecting', 'failed' or 'off'.
 */
export function watch(onState, signal) {
  watchers.add(onState);
  onState(state);
  signal.addEventListener('abort', () => watchers.delete(onState), { once: true });
}

function connect() {
  if (socket) return;
  clearTimeout(retry);
  setState(lostConnections ? 'reconnecting' : 'connecting');
  const ws = new WebSocket(`${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`, 'graphql-transport-ws');
  socket = ws;
  ws.onopen = () => send({ type: 'connection_init', payload: token() ? { Authorization: `Bearer ${token()}` } : {} });
  ws.onmessage = ({ data }) => received(JSON.parse(data));
  ws.onclose = ({ code }) => {
    if (socket !== ws) return; // closed here, on purpose
    socket = null;
    acknowledged = false;
    unansweredPings = 0;
    if (subscriptions.size === 0) return setState('off');
    if (FINAL.has(code)) return setState('failed');
    const delay = Math.min(MAX_DELAY, 1000 * 2 ** lostConnections++) * (0.75 + Math.random() / 2);
    setState('reconnecting');
    retry = setTimeout(connect, delay);
  };
}

function received(message) {
  const subscription = subscriptions.get(message.id);
  switch (message.type) {
    case 'connection_ack': {
      const resuming = lostConnections > 0;
      lostConnections = 0;
      acknowledged = true;
      for (const [id, each] of subscriptions) {
        start(id, each);
        if (resuming) Promise.resolve(each.sink.resumed?.()).catch(console.error);
      }
      break;
    }
    case 'ping': send({ type: 'pong' }); break;
    // This server reads a connection's next message only once the subscription before it is
    // registered: the answer to the ping sent after the last one says that events will arrive.
    case 'pong': if (--unansweredPings === 0 && state === 'subscribing') setState('live'); break;
    case 'next': if (subscription && message.payload.data) subscription.sink.next(message.payload.data); break;
    case 'error':
      console.error(`Subscription ${subscription?.payload.operationName} refused`, message.payload);
      subscriptions.delete(message.id);
      setState('failed');
      break;
    case 'complete': subscriptions.delete(message.id); break;
    default: break;
  }
}

function start(id, { payload }) {
  send({ id, type: 'subscribe', payload });
  send({ type: 'ping' });
  unansweredPings++;
  setState('subscribing');
}

function disconnect() {
  close(1000, 'No more subscriptions');
  lostConnections = 0;
  setState('off');
}

function close(code, reason) {
  clearTimeout(retry);
  const ws = socket;
  socket = null;
  acknowledged = false;
  unansweredPings = 0;
  ws?.close(code, reason);
}

addEventListener('pagehide', ({ persisted }) => {
  if (!persisted || subscriptions.size === 0) return;
  close(1000, 'Page hidden');
  lostConnections = Math.max(lostConnections, 1);
});
addEventListener('pageshow', ({ persisted }) => {
  if (persisted && subscriptions.size) connect();
});

function send(message) {
  if (socket?.readyState === WebSocket.OPEN) socket.send(JSON.stringify(message));
}

function setState(next) {
  state = next;
  // 'subscribing' is connecting still, to a watcher: events may not arrive yet
  watchers.forEach((onState) => onState(next === 'subscribing' ? 'connecting' : next));
}
