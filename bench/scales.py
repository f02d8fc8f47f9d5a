"""How each query's cost changes with the data: two runs of bench/run.sh at different scales (their raw
rows, bench/results/*.tsv), side by side, for both servers.

    python3 bench/scales.py bench/results/<scale 1 run>.tsv bench/results/<scale 4 run>.tsv [--labels "scale 1" "scale 4"]

p50 and requests per second are the medians over rounds under load (--connections); "alone" is the p50
of one request at a time, the server's own time for it. Growth is the larger scale's figure over the
smaller's: the goal is Analyst's p50 growing by less than 30% (1.30x).
"""
import argparse

from report import med, parse, ratio, cell


def scale_table(small, large, small_name, large_name):
    (runs_a, _, alone_a, _), (runs_b, _, alone_b, _) = small, large
    out = [f"| Query | Server | p50 ms {small_name} → {large_name} | p50 growth | req/s {small_name} → {large_name} | "
           f"req/s change | alone p50 ms {small_name} → {large_name} | alone p50 growth |",
           "|---|---|---:|---:|---:|---:|---:|---:|"]
    for q, server in sorted(set(runs_a) & set(runs_b)):
        a, b = runs_a[(q, server)], runs_b[(q, server)]
        lone_a, lone_b = alone_a.get((q, server), []), alone_b.get((q, server), [])
        name = "Analyst" if server == "analyst" else "PostGraphile"
        out.append(f"| {q.upper()} | {name} | {med(a, 'p50_ms'):.1f} → {med(b, 'p50_ms'):.1f} | "
                   f"{ratio(med(b, 'p50_ms'), med(a, 'p50_ms')):.2f}x | {med(a, 'rps'):.0f} → {med(b, 'rps'):.0f} | "
                   f"{ratio(med(b, 'rps'), med(a, 'rps')):.2f}x | {cell(med(lone_a, 'p50_ms'), 1)} → "
                   f"{cell(med(lone_b, 'p50_ms'), 1)} | {cell(ratio(med(lone_b, 'p50_ms'), med(lone_a, 'p50_ms')), 2)}x |")
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("small")
    parser.add_argument("large")
    parser.add_argument("--labels", nargs=2, default=["scale 1", "scale 4"])
    args = parser.parse_args()
    parsed = []
    for path in (args.small, args.large):
        with open(path) as f:
            parsed.append(parse(f))
    print(scale_table(parsed[0], parsed[1], *args.labels), end="")
