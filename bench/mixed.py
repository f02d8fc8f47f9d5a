#!/usr/bin/env python3
"""The mixed run: 95% cached reads, 5% writes, every read checked against the last write it could see.

   python3 bench/mixed.py --url http://127.0.0.1:8093/graphql --token <editor's JWT> [--clients 16] [--duration 30]

Each client owns one actor it renames (writes, by POST, as an editor) and reads any client's actor
(anonymous persisted GET requests, which the server caches). A write's name carries the version it
makes. Before a read, the client notes for that actor the newest version whose write had returned
(to any client) when the read began: the read must show that version or a newer one, with the
name that version wrote. A read that shows an older version is stale. Prints one JSON line.
"""
import argparse
import hashlib
import json
import random
import threading
import time
import urllib.parse
import urllib.request

READ = "query BenchActor($id: ID!) { actor(id: $id) { name version } }"
WRITE = """mutation BenchRename($id: ID!, $v: Int!, $name: String!) {
  actorUpdate(id: $id, expectedVersion: $v, input: {kind: GROUP, name: $name}) { actor { version } userErrors { code } } }"""
CREATE = "mutation($name: String!) { actorCreate(input: {kind: GROUP, name: $name}) { actor { id version } } }"


def post(url, body, token=None):
    request = urllib.request.Request(url, data=json.dumps(body).encode(), method="POST",
                                     headers={"Content-Type": "application/json"})
    if token:
        request.add_header("Authorization", "Bearer " + token)
    with urllib.request.urlopen(request, timeout=30) as response:
        return json.loads(response.read())


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--url", required=True)
    parser.add_argument("--token", required=True)
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--duration", type=float, default=30)
    parser.add_argument("--write-share", type=float, default=0.05)
    args = parser.parse_args()

    run = str(int(time.time()))
    actors = []
    for i in range(args.clients):
        created = post(args.url, {"query": CREATE, "variables": {"name": f"Mixed {run} {i} v0"}}, args.token)
        actor = created["data"]["actorCreate"]["actor"]
        actors.append({"id": actor["id"], "version": actor["version"]})
    # The newest version of each actor whose write has returned, and the name each version wrote.
    returned = [a["version"] for a in actors]
    names = [{a["version"]: f"Mixed {run} {i} v0"} for i, a in enumerate(actors)]
    lock = threading.Lock()
    extensions = json.dumps({"persistedQuery": {"version": 1, "sha256Hash": hashlib.sha256(READ.encode()).hexdigest()}})
    post(args.url, {"query": READ, "variables": {"id": actors[0]["id"]}, "extensions": json.loads(extensions)})
    read_urls = [args.url + "?" + urllib.parse.urlencode({"operationName": "BenchActor", "extensions": extensions,
                                                           "variables": json.dumps({"id": a["id"]})}) for a in actors]
    totals = {"reads": 0, "writes": 0, "stale": 0, "wrong": 0, "failed": 0}
    deadline = time.monotonic() + args.duration

    def client(me):
        counts = dict.fromkeys(totals, 0)
        rng = random.Random(me)
        while time.monotonic() < deadline:
            try:
                if rng.random() < args.write_share:
                    version = actors[me]["version"]
                    name = f"Mixed {run} {me} v{version + 1}"
                    with lock:
                        names[me][version + 1] = name
                    answer = post(args.url, {"query": WRITE, "variables": {"id": actors[me]["id"], "v": version, "name": name}},
                                  args.token)["data"]["actorUpdate"]
                    if answer["userErrors"] or answer["actor"]["version"] != version + 1:
                        counts["failed"] += 1
                        continue
                    actors[me]["version"] = version + 1
                    with lock:
                        returned[me] = max(returned[me], version + 1)
                    counts["writes"] += 1
                else:
                    which = rng.randrange(len(actors))
                    with lock:
                        floor = returned[which]
                    with urllib.request.urlopen(read_urls[which], timeout=30) as response:
                        body = json.loads(response.read())
                    actor = body["data"]["actor"]
                    counts["reads"] += 1
                    if actor["version"] < floor:
                        counts["stale"] += 1
                    elif names[which].get(actor["version"]) != actor["name"]:
                        counts["wrong"] += 1
            except Exception:  # noqa: BLE001 - counted, the run goes on
                counts["failed"] += 1
        with lock:
            for key, value in counts.items():
                totals[key] += value

    started = time.monotonic()
    threads = [threading.Thread(target=client, args=(i,)) for i in range(args.clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.monotonic() - started
    totals["seconds"] = round(elapsed, 1)
    totals["requests_per_second"] = round((totals["reads"] + totals["writes"]) / elapsed, 1)
    print(json.dumps(totals))


if __name__ == "__main__":
    main()
