// The live benchmark: --subscribers WebSocket clients on one Analyst instance, each holding one
// statementAdded subscription, and a stream of --events statement mutations at --rate per second.
// Every subscriber must receive exactly the statements its filter matches, once each. Delivery
// latency is measured from the commit (the outbox row's created_at, written by the commit's
// deferred trigger) to the client's receipt: one machine, one clock. Prints one JSON line.
//
//   node bench/live.mjs --url http://127.0.0.1:8093/graphql --token <admin's JWT> --database bench
//                       [--pid <Analyst's pid>] [--subscribers 1000] [--events 300] [--rate 10]
//
// The subscribers are three audiences, as a newsroom would have them: 40% follow every statement
// (a live feed), 40% the statements about one of 20 actors (analysts watching an actor), 20% the
// hostile statements by one of 10 speakers. The statements the bench creates are deleted at the end
// (an admin's deletion: hence the admin's token).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

const { values: options } = parseArgs({
  options: {
    url: { type: 'string' }, token: { type: 'string' }, database: { type: 'string' }, pid: { type: 'string' },
    subscribers: { type: 'string', default: '1000' }, events: { type: 'string', default: '300' },
    rate: { type: 'string', default: '10' },
  },
});
const SUBSCRIBERS = Number(options.subscribers), EVENTS = Number(options.events), RATE = Number(options.rate);
const HTTP = options.url, WS = HTTP.replace(/^http/, 'ws');
const now = () => performance.timeOrigin + performance.now();

const SUBSCRIPTION = `subscription BenchStatementAdded($filter: StatementFilter) {
  statementAdded(filter: $filter) { id summary date { text } speaker { id name } targets { stance actor { id name } } } }`;
const CREATE = `mutation BenchStatementCreate($input: StatementInput!) {
  statementCreate(input: $input) { statement { id } userErrors { code message } } }`;
const DELETE = 'mutation BenchStatementDelete($id: ID!) { statementDelete(id: $id) { userErrors { code } } }';
const STANCES = ['SUPPORTIVE', 'NEUTRAL', 'CRITICAL', 'HOSTILE'];
// Kinds and days vary as a newsroom's would: every statement of one kind in one month increments the
// same timeline count rows (V3_1__timeline_counts.sql), whose locks make such writes take turns.
const KINDS = ['ASSERTION', 'CRITICISM', 'WARNING', 'SUPPORT', 'DEMAND', 'ACCUSATION', 'ANNOUNCEMENT'];

async function graphql(query, variables = {}) {
  const response = await fetch(HTTP, {
    method: 'POST', body: JSON.stringify({ query, variables }),
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${options.token}` },
  });
  const body = await response.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

const keyOf = (id) => Number(Buffer.from(id, 'base64url').toString().split(':')[1]);

/** One subscriber: a graphql-transport-ws connection whose subscription is in force once open() resolves. */
class Subscriber {
  constructor(filter, expects) {
    this.filter = filter;
    this.expects = expects;
    this.received = new Map(); // statement id -> receipt times
    this.closed = null;
  }

  open() {
    return new Promise((resolve, reject) => {
      const socket = new WebSocket(`${WS}`, 'graphql-transport-ws');
      this.socket = socket;
      socket.onopen = () => socket.send(JSON.stringify({ type: 'connection_init', payload: {} }));
      socket.onerror = (error) => reject(new Error(`WebSocket error: ${error.message ?? error.type}`));
      socket.onclose = (event) => { this.closed = `${event.code} ${event.reason}`; reject(new Error(this.closed)); };
      socket.onmessage = ({ data }) => {
        const at = now();
        const message = JSON.parse(data);
        if (message.type === 'connection_ack') {
          socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query: SUBSCRIPTION, variables: { filter: this.filter } } }));
          // The server reads the next message once the subscription is in force: its pong says so.
          socket.send(JSON.stringify({ type: 'ping' }));
        } else if (message.type === 'pong') {
          resolve();
        } else if (message.type === 'ping') {
          socket.send(JSON.stringify({ type: 'pong' }));
        } else if (message.type === 'next') {
          if (message.payload.errors) this.errors = (this.errors ?? 0) + 1;
          const id = message.payload.data?.statementAdded?.id;
          if (id) this.received.set(id, [...(this.received.get(id) ?? []), at]);
        } else {
          reject(new Error(`unexpected ${data}`));
        }
      };
    });
  }
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
const round = (value, digits = 1) => Number(value.toFixed(digits));

function heapBytes() {
  return fetch(HTTP.replace(/\/graphql$/, '/q/metrics')).then((r) => r.text()).then((text) => text.split('\n')
    .filter((line) => line.startsWith('jvm_memory_used_bytes{') && line.includes('area="heap"'))
    .reduce((sum, line) => sum + Number(line.split(' ').pop()), 0));
}
const rssBytes = () => options.pid
  ? Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${options.pid}/status`, 'utf8'))[1]) * 1024 : null;

// ------------------------------------------------------------------ the audiences
const data = await graphql(`{ articles(first: 1) { nodes { id } } actors(first: 30) { nodes { id } } }`);
const article = data.articles.nodes[0].id;
const actors = data.actors.nodes.map((actor) => actor.id);
const speakers = actors.slice(0, 10), targets = actors.slice(10, 30);
const audiences = [
  { share: 0.4, filter: () => null, expects: () => true },
  { share: 0.4, filter: (i) => ({ targetIds: [targets[i % targets.length]] }),
    expects: (filter, s) => s.target === filter.targetIds[0] },
  { share: 0.2, filter: (i) => ({ speakerIds: [speakers[i % speakers.length]], stances: ['HOSTILE'] }),
    expects: (filter, s) => s.speaker === filter.speakerIds[0] && s.stance === 'HOSTILE' },
];
const subscribers = [];
audiences.forEach((audience, a) => {
  const count = a === audiences.length - 1 ? SUBSCRIBERS - subscribers.length : Math.round(audience.share * SUBSCRIBERS);
  for (let i = 0; i < count; i++) {
    const filter = audience.filter(i);
    subscribers.push(new Subscriber(filter, (statement) => audience.expects(filter, statement)));
  }
});

const heapAtRest = await heapBytes();
const opening = now();
for (let i = 0; i < subscribers.length; i += 50) {
  await Promise.all(subscribers.slice(i, i + 50).map((subscriber) => subscriber.open()));
}
const openSeconds = (now() - opening) / 1000;
const heapSubscribed = await heapBytes();

// ------------------------------------------------------------------ the stream of mutations
const created = [];
let heapPeak = heapSubscribed, rssPeak = rssBytes();
const sampler = setInterval(async () => {
  heapPeak = Math.max(heapPeak, await heapBytes());
  rssPeak = Math.max(rssPeak ?? 0, rssBytes() ?? 0) || null;
}, 500);
const day = (n) => `2000-${String(1 + (n % 12)).padStart(2, '0')}-${String(1 + (n % 28)).padStart(2, '0')}`;
// Open loop: each mutation is sent at its time, whether or not the previous one has returned.
const streamStart = now();
const sent = [];
for (let n = 0; n < EVENTS; n++) {
  const wait = streamStart + (n * 1000) / RATE - now();
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  const statement = { speaker: speakers[n % speakers.length], target: targets[(n * 7) % targets.length],
    stance: STANCES[(n * 3) % STANCES.length] };
  sent.push(graphql(CREATE, { input: {
    speakerId: statement.speaker, kind: KINDS[n % KINDS.length], summary: `Bench live ${n} ${Date.now()}`,
    // Before any article's publication (a statement may not postdate an article reporting it).
    date: { precision: 'DAY', earliest: day(n), latest: day(n) },
    targets: [{ actorId: statement.target, role: 'ADDRESSEE', stance: statement.stance }],
    attestations: [{ articleId: article, form: 'SUMMARY', start: 0, end: 20 }],
  } }).then((result) => {
    if (result.statementCreate.userErrors.length) throw new Error(JSON.stringify(result.statementCreate.userErrors));
    created.push({ ...statement, id: result.statementCreate.statement.id });
  }));
}
await Promise.all(sent);
const streamSeconds = (now() - streamStart) / 1000;

// Every delivery expected, or 30 s of nothing new.
const expected = subscribers.reduce((sum, s) => sum + created.filter(s.expects).length, 0);
const deliveredCount = () => subscribers.reduce((sum, s) => sum + [...s.received.values()].reduce((n, t) => n + t.length, 0), 0);
for (let last = deliveredCount(), quietSince = now(); deliveredCount() < expected && now() - quietSince < 30_000;) {
  await new Promise((resolve) => setTimeout(resolve, 100));
  if (deliveredCount() !== last) { last = deliveredCount(); quietSince = now(); }
}
clearInterval(sampler);

// ------------------------------------------------------------------ what arrived, and when
const keys = created.map((s) => keyOf(s.id));
const committedAt = new Map(execFileSync('psql', ['-X', '-qtA', '-F', ' ', '-h', '127.0.0.1', '-U', 'postgres', '-d', options.database, '-c',
  `select subject_id, extract(epoch from created_at) * 1000 from live_event where kind = 'STATEMENT_ADDED' and readers
   and subject_id = any('{${keys.join(',')}}'::bigint[])`], { encoding: 'utf8' })
  .trim().split('\n').map((line) => line.split(' ').map(Number)));
const latencies = [];
let lost = 0, duplicated = 0, unexpected = 0, errors = 0, lastReceipt = 0;
for (const subscriber of subscribers) {
  errors += subscriber.errors ?? 0;
  for (const statement of created) {
    const receipts = subscriber.received.get(statement.id) ?? [];
    if (!subscriber.expects(statement)) { unexpected += receipts.length; continue; }
    if (receipts.length === 0) { lost++; continue; }
    duplicated += receipts.length - 1;
    latencies.push(receipts[0] - committedAt.get(keyOf(statement.id)));
    lastReceipt = Math.max(lastReceipt, receipts[0]);
  }
}
latencies.sort((a, b) => a - b);
const closedEarly = subscribers.filter((s) => s.closed).length;
const firstCommit = Math.min(...committedAt.values());
const heapAfter = await heapBytes();
subscribers.forEach((s) => s.socket.close());
for (const statement of created) await graphql(DELETE, { id: statement.id });

console.log(JSON.stringify({
  subscribers: SUBSCRIBERS, groups: new Set(subscribers.map((s) => JSON.stringify(s.filter))).size,
  open_seconds: round(openSeconds), events: created.length, events_per_second: round(created.length / streamSeconds),
  expected_deliveries: expected, deliveries: latencies.length,
  deliveries_per_second: Math.round(latencies.length / ((lastReceipt - firstCommit) / 1000)),
  lost, duplicated, unexpected, errors, closed_early: closedEarly,
  latency_ms: latencies.length ? { p50: round(percentile(latencies, 50)), p90: round(percentile(latencies, 90)),
    p99: round(percentile(latencies, 99)), max: round(latencies[latencies.length - 1]) } : null,
  heap_mib: { at_rest: round(heapAtRest / 2 ** 20), subscribed: round(heapSubscribed / 2 ** 20),
    peak: round(heapPeak / 2 ** 20), after: round(heapAfter / 2 ** 20) },
  rss_peak_mib: rssPeak ? round(rssPeak / 2 ** 20) : null,
}));
process.exit(0);
