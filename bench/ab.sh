#!/usr/bin/env bash
# Two builds of Analyst on one database, side by side: for a change too small for bench/run.sh to
# tell apart from the machine's drift between runs.
#
#   bench/ab.sh BEFORE_APP AFTER_APP [--database bench] [--iterations 6] [--seconds 5]
#               [--before-jvm FILE] [--after-jvm FILE]
#               [--before-database DB] [--after-database DB] QUERY...
#
# Or one build on two databases: `bench/ab.sh APP APP --before-database bench --after-database
# bench_scale_4 QUERY...` measures how a query's cost grows from scale 1 to 4 (generate both with
# bench/run.sh first) without the drift between two runs of bench/run.sh.
#
# BEFORE_APP and AFTER_APP are copies of target/quarkus-app. Both start at once (ports 8093 and
# 8095, pool 20, the container image's JVM settings, docker/jvm.options, unless --before-jvm or
# --after-jvm names another file of them: for a change of JVM settings, give both sides one build),
# get 2 warm-up passes of 8 s per query, then
# each query runs --iterations times on each side, --seconds at 16 connections, the side that goes
# first alternating. Prints, per query and side, requests per second and the JVM's and
# PostgreSQL's CPU per request over all iterations, the median p50 latency of its runs, and
# after/before of requests per second. QUERY names
# bench/queries/QUERY.analyst.graphql. Needs wrk (bench/run.sh installs it). Give both sides the
# same build first to see what the machine's noise alone makes of after/before (on the 2-core
# machine of bench/results/NOTES.md: 0.84 for 2 iterations of 3 s on Q1; pairs of 5 s runs of
# one build differed by up to 25%).
set -euo pipefail

BENCH=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$BENCH")
BEFORE_DB=bench AFTER_DB=bench ITERATIONS=6 SECONDS_PER_RUN=5 QUERIES=()
BEFORE_JVM=$ROOT/docker/jvm.options AFTER_JVM=$ROOT/docker/jvm.options
BEFORE=$1 AFTER=$2; shift 2
while [ $# -gt 0 ]; do
  case $1 in
    --database) BEFORE_DB=$2 AFTER_DB=$2; shift 2 ;;
    --before-database) BEFORE_DB=$2; shift 2 ;;
    --after-database) AFTER_DB=$2; shift 2 ;;
    --iterations) ITERATIONS=$2; shift 2 ;;
    --seconds) SECONDS_PER_RUN=$2; shift 2 ;;
    --before-jvm) BEFORE_JVM=$(realpath "$2"); shift 2 ;;
    --after-jvm) AFTER_JVM=$(realpath "$2"); shift 2 ;;
    *) QUERIES+=("$1"); shift ;;
  esac
done
WORK=$(mktemp -d)
TICK=$(getconf CLK_TCK)
PIDS=()
trap 'kill "${PIDS[@]}" 2>/dev/null || true; rm -rf "$WORK"' EXIT

start() { # app port jvm-options-file database
  # From the app's directory, as the image runs it: its class-data archive names the jars there.
  (cd "$1" && ANALYST_DB_SCHEMA=public QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://127.0.0.1:5432/$4 \
    MP_JWT_VERIFY_ISSUER=https://analyst.dev MP_JWT_VERIFY_PUBLICKEY_LOCATION="$ROOT/src/dev/dev-public-key.pem" \
    QUARKUS_HTTP_PORT=$2 QUARKUS_DATASOURCE_JDBC_MAX_SIZE=20 QUARKUS_DATASOURCE_JDBC_MIN_SIZE=20 \
    exec java @"$3" -jar quarkus-run.jar) > "$WORK/$2.log" 2>&1 &
  PIDS+=($!); echo $! > "$WORK/$2.pid"
  for _ in $(seq 1 120); do curl -sf -o /dev/null "http://127.0.0.1:$2/q/health/ready" && return; sleep 0.5; done
  echo "the Analyst of $1 did not start: see $WORK/$2.log" >&2; exit 1
}
ticks() { awk '{ s += $14 + $15 } END { print s + 0 }' "$@" 2>/dev/null; }
wrk_on() { # query port seconds
  BODY_FILE="$WORK/$1.json" wrk -t1 -c16 -d"$3s" --timeout 10s -s "$BENCH/wrk/post.lua" "http://127.0.0.1:$2/graphql"
}

for q in "${QUERIES[@]}"; do
  python3 -c 'import json, sys; json.dump({"query": open(sys.argv[1]).read()}, open(sys.argv[2], "w"))' \
    "$BENCH/queries/$q.analyst.graphql" "$WORK/$q.json"
done
start "$BEFORE" 8093 "$BEFORE_JVM" "$BEFORE_DB"; start "$AFTER" 8095 "$AFTER_JVM" "$AFTER_DB"
for _ in 1 2; do for q in "${QUERIES[@]}"; do for port in 8093 8095; do wrk_on "$q" $port 8 > /dev/null; done; done; done

for i in $(seq 1 "$ITERATIONS"); do
  for q in "${QUERIES[@]}"; do
    ports="8093 8095"; [ $((i % 2)) = 1 ] && ports="8095 8093"
    for port in $ports; do
      jvm=$(ticks "/proc/$(cat "$WORK/$port.pid")/stat"); pg=$(ticks $(pgrep -x postgres | sed 's|.*|/proc/&/stat|'))
      result=$(wrk_on "$q" $port "$SECONDS_PER_RUN" | sed -n 's/^RESULT //p')
      echo "$q $port $(( $(ticks "/proc/$(cat "$WORK/$port.pid")/stat") - jvm )) $(( $(ticks $(pgrep -x postgres | sed 's|.*|/proc/&/stat|')) - pg )) $result"
    done
  done
done > "$WORK/runs"

python3 - "$WORK/runs" "$TICK" "$SECONDS_PER_RUN" <<'EOF'
import collections, json, statistics, sys
runs, tick, seconds = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
total = collections.defaultdict(lambda: [0, 0, 0, 0, []])  # requests, runs, JVM ticks, PostgreSQL ticks, p50s
for line in open(runs):
    q, port, jvm, pg, result = line.split(" ", 4)
    result = json.loads(result)
    if result["bad"] or result["socket_errors"]:
        print(f"{q} on port {port}: {result['bad']} bad responses, {result['socket_errors']} socket errors", file=sys.stderr)
    t = total[(q, port)]
    t[0] += result["requests"]; t[1] += 1; t[2] += int(jvm); t[3] += int(pg); t[4].append(result["p50_us"] / 1000)
print("| Query | before req/s | before JVM / PostgreSQL ms | before p50 ms | after req/s | after JVM / PostgreSQL ms | after p50 ms | after/before |")
print("|---|---:|---:|---:|---:|---:|---:|---:|")
for q in dict.fromkeys(k[0] for k in total):
    b, a = total[(q, "8093")], total[(q, "8095")]
    rate = lambda t: t[0] / (t[1] * seconds)
    ms = lambda t, i: 1000 * t[i] / tick / t[0]
    p50 = lambda t: statistics.median(t[4])
    print(f"| {q} | {rate(b):.0f} | {ms(b, 2):.2f} / {ms(b, 3):.2f} | {p50(b):.1f} | {rate(a):.0f} | {ms(a, 2):.2f} / {ms(a, 3):.2f} | {p50(a):.1f} | {rate(a) / rate(b):.3f} |")
EOF
