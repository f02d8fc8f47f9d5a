"""Turns the raw rows of bench/run.sh into the Markdown results: medians over rounds and ratios."""
import argparse
import json
from statistics import median


def parse(lines):
    """Rounds under load by (query, server), pgbench floors by query, the one-connection runs by (query, server),
    and the page-size runs by (query, server, size)."""
    runs, floors, alone, sizes = {}, {}, {}, {}
    for line in lines:
        if not line.strip():
            continue
        round_, query, server, rest = line.rstrip("\n").split("\t")
        if round_ == "floor":
            tps, latency_ms, transactions, pg_cpu = (float(x) for x in rest.split())
            floors[query] = {"rps": tps, "latency_ms": latency_ms,
                             "pg_cpu_ms": 1000 * pg_cpu / transactions if transactions else float("nan")}
            continue
        if round_ == "size":
            size, objects, statements, rest = rest.split(" ", 3)
        result, server_cpu, pg_cpu = rest.rsplit(" ", 2)
        r = json.loads(result)
        if round_ == "size":
            sizes[(query, server, int(size))] = {"objects": int(objects), "statements": statements,
                                                 "p50_ms": r["p50_us"] / 1000, "p99_ms": r["p99_us"] / 1000}
            continue
        seconds = r["duration_us"] / 1e6
        target = alone if round_ == "alone" else runs
        target.setdefault((query, server), []).append({
            "round": 0 if round_ == "alone" else int(round_), "rps": r["requests"] / seconds, "p50_ms": r["p50_us"] / 1000,
            "p99_ms": r["p99_us"] / 1000, "bad": r["bad"] + r["socket_errors"], "requests": r["requests"],
            # A run whose every request outlived wrk's timeout has no per-request CPU.
            "server_cpu_ms": 1000 * float(server_cpu) / r["requests"] if r["requests"] else float("nan"),
            "pg_cpu_ms": 1000 * float(pg_cpu) / r["requests"] if r["requests"] else float("nan"),
            "server_cores": float(server_cpu) / seconds, "pg_cores": float(pg_cpu) / seconds})
    return runs, floors, alone, sizes


def med(rows, field):
    return median(row[field] for row in rows) if rows else float("nan")


def ratio(a, b):
    return a / b if b == b and b else float("nan")


def cell(value, digits):
    """A number, or a dash for a query without a peer (NaN)."""
    return "—" if value != value else f"{value:.{digits}f}"


def size_table(sizes):
    """Time against rows returned as `first` grows: each p50 and row count also as a multiple of the smallest page's."""
    out = ["", "## Page sizes (1 connection)", "",
           "Rows are the objects in the answer's data. Time should grow no faster than the rows; Analyst's SQL "
           "statements per request should not grow at all.", "",
           "| Query | first | Rows (x smallest) | Analyst SQL statements | Analyst p50 / p99 ms (x smallest) | "
           "PostGraphile p50 / p99 ms (x smallest) |", "|---|---:|---:|---:|---:|---:|"]
    for q in sorted({q for q, _, _ in sizes}):
        firsts = sorted({n for query, _, n in sizes if query == q})
        base = {server: sizes[(q, server, firsts[0])] for server in ("analyst", "peer")}
        for n in firsts:
            ours, peer = sizes[(q, "analyst", n)], sizes[(q, "peer", n)]
            grow = lambda r, server: f"{r['p50_ms']:.1f} / {r['p99_ms']:.1f} ({r['p50_ms'] / base[server]['p50_ms']:.1f}x)"
            out.append(f"| {q.upper()} | {n} | {ours['objects']:,} ({ours['objects'] / base['analyst']['objects']:.1f}x) | "
                       f"{ours['statements']} | {grow(ours, 'analyst')} | {grow(peer, 'peer')} |")
    return out


def render(runs, floors, alone, sizes, args):
    queries = sorted({q for q, _ in runs})
    out = ["# Benchmark: Analyst vs PostGraphile 5", "",
           f"- Command: `{args.command}`", f"- Commit measured: {args.commit}", f"- Dataset: {args.dataset}",
           f"- Settings: {args.settings}",
           "- Q1 front page (20 latest articles, authors, first 5 statements with speakers); Q2 statements targeting "
           "one actor in 2022, 50 per page, with speaker and targets; Q3 actor page (aliases, positions, latest 20 "
           "statements made and 20 about); search: a name and a topic ranked across types, with highlights (Analyst only); network: the depth-2 network around one actor in six weeks (Analyst "
           "only); timeline: all statements by month, with counts by kind (against pg-aggregates' grouped aggregates); "
           "article: an article page (sections, authors, regions, its statements with targets and passages); directory: "
           "a page of 50 people with country, aliases and positions, total count and next page; deep: a periodical's "
           "20 latest articles, each with authors and 5 statements, their speakers and targets with their countries.", ""]
    if args.notes.strip():
        out += [f"- Notes: {args.notes}", ""]
    out += ["## Medians over rounds", "",
            "| Query | Analyst req/s | PostGraphile req/s | ours/peer | Floor (pgbench) tps | ours/floor | "
            "Analyst p50 / p99 ms | PostGraphile p50 / p99 ms |",
            "|---|---:|---:|---:|---:|---:|---:|---:|"]
    for q in queries:
        ours, peer, floor = runs[(q, "analyst")], runs.get((q, "peer"), []), floors.get(q)
        floor_rps = floor["rps"] if floor else float("nan")
        out.append(f"| {q.upper()} | {med(ours, 'rps'):.0f} | {cell(med(peer, 'rps'), 0)} | "
                   f"{cell(ratio(med(ours, 'rps'), med(peer, 'rps')), 2)} | {cell(floor_rps, 0)} | "
                   f"{cell(ratio(med(ours, 'rps'), floor_rps), 2)} | "
                   f"{med(ours, 'p50_ms'):.1f} / {med(ours, 'p99_ms'):.1f} | "
                   f"{cell(med(peer, 'p50_ms'), 1)} / {cell(med(peer, 'p99_ms'), 1)} |")
    if alone:
        out += ["", "## One request at a time (1 connection: server time)", "",
                "| Query | Analyst p50 / p99 ms | PostGraphile p50 / p99 ms | Analyst req/s | PostGraphile req/s |",
                "|---|---:|---:|---:|---:|"]
        for q in queries:
            ours, peer = alone.get((q, "analyst"), []), alone.get((q, "peer"), [])
            out.append(f"| {q.upper()} | {cell(med(ours, 'p50_ms'), 1)} / {cell(med(ours, 'p99_ms'), 1)} | "
                       f"{cell(med(peer, 'p50_ms'), 1)} / {cell(med(peer, 'p99_ms'), 1)} | "
                       f"{cell(med(ours, 'rps'), 0)} | {cell(med(peer, 'rps'), 0)} |")
    if sizes:
        out += size_table(sizes)
    out += ["", "## CPU time per request (ms, medians)", "",
            "| Query | Analyst (JVM) | PostgreSQL for Analyst | PostGraphile (Node) | PostgreSQL for PostGraphile | "
            "PostgreSQL alone (pgbench) |", "|---|---:|---:|---:|---:|---:|"]
    for q in queries:
        ours, peer, floor = runs[(q, "analyst")], runs.get((q, "peer"), []), floors.get(q)
        out.append(f"| {q.upper()} | {med(ours, 'server_cpu_ms'):.2f} | {med(ours, 'pg_cpu_ms'):.2f} | "
                   f"{cell(med(peer, 'server_cpu_ms'), 2)} | {cell(med(peer, 'pg_cpu_ms'), 2)} | "
                   f"{cell(floor['pg_cpu_ms'] if floor else float('nan'), 2)} |")
    out += ["", "## Busy cores during the runs (medians; the machine has " + str(args.cores) + ")", "",
            "| Query | Analyst (JVM) | PostgreSQL for Analyst | Analyst in all | PostGraphile (all Node processes) | "
            "PostgreSQL for PostGraphile | PostGraphile in all |", "|---|---:|---:|---:|---:|---:|---:|"]
    for q in queries:
        ours, peer = runs[(q, "analyst")], runs.get((q, "peer"), [])
        busy = [med(rows, "server_cores") for rows in (ours, peer)], [med(rows, "pg_cores") for rows in (ours, peer)]
        out.append(f"| {q.upper()} | {busy[0][0]:.2f} | {busy[1][0]:.2f} | {busy[0][0] + busy[1][0]:.2f} | "
                   f"{cell(busy[0][1], 2)} | {cell(busy[1][1], 2)} | {cell(busy[0][1] + busy[1][1], 2)} |")
    out += ["", "## Every run", "", "| Round | Query | Server | req/s | p50 ms | p99 ms | bad responses | "
            "server CPU ms/req | PostgreSQL CPU ms/req |", "|---:|---|---|---:|---:|---:|---:|---:|---:|"]
    for (q, server), rows in sorted(runs.items()):
        for r in rows:
            out.append(f"| {r['round']} | {q.upper()} | {server} | {r['rps']:.0f} | {r['p50_ms']:.1f} | {r['p99_ms']:.1f} | "
                       f"{r['bad']} | {cell(r['server_cpu_ms'], 2)} | {cell(r['pg_cpu_ms'], 2)} |")
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("raw")
    for option in ("command", "commit", "dataset", "settings", "notes"):
        parser.add_argument("--" + option, default="")
    parser.add_argument("--cores", default="?")
    args = parser.parse_args()
    with open(args.raw) as f:
        runs, floors, alone, sizes = parse(f)
    print(render(runs, floors, alone, sizes, args), end="")
