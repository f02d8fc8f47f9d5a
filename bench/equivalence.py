"""Checks that Analyst and PostGraphile answer a benchmark query with the same rows.

Each server's response is reduced to the same canonical form: keys instead of global ids
(Analyst's ids are base64url("Type:key"), PostGraphile's rowId is the key), lists instead of
connections, instants in UTC. Two responses are equivalent when their forms are equal, order
included.

    python3 bench/equivalence.py q1 analyst.json peer.json
    python3 bench/equivalence.py --alone network analyst.json   # a query without a peer: data, no errors
"""
import base64
import json
import sys
from datetime import datetime, timezone


def key(global_id):
    padded = global_id + "=" * (-len(global_id) % 4)
    return base64.urlsafe_b64decode(padded).decode().split(":", 1)[1]


def instant(text):
    return datetime.fromisoformat(text.replace("Z", "+00:00")).astimezone(timezone.utc).isoformat()


def actor(a):
    return None if a is None else {"key": a.get("rowId") or key(a["id"]), "name": a["name"]}


def q1_analyst(data):
    return [{"key": key(a["id"]), "slug": a["slug"], "title": a["title"], "publishedAt": instant(a["publishedAt"]),
             "authors": [{"key": key(x["id"]), "slug": x["slug"], "name": x["name"]} for x in a["authors"]],
             "statements": [{"key": key(s["id"]), "summary": s["summary"], "speaker": actor(s["speaker"])}
                            for s in a["statements"]["nodes"]]}
            for a in data["articles"]["nodes"]]


def q1_peer(data):
    return [{"key": a["rowId"], "slug": a["slug"], "title": a["title"], "publishedAt": instant(a["publishedAt"]),
             "authors": [{"key": x["actor"]["rowId"], "slug": x["actor"]["slug"], "name": x["actor"]["name"]}
                         for x in a["articleAuthors"]["nodes"]],
             "statements": [{"key": s["rowId"], "summary": s["summary"], "speaker": actor(s["speaker"])}
                            for s in a["statements"]["nodes"]]}
            for a in data["articles"]["nodes"]]


def q2_analyst(data):
    return [{"key": key(s["id"]), "summary": s["summary"],
             "date": [s["date"]["text"], s["date"]["earliest"], s["date"]["latest"]],
             "speaker": actor(s["speaker"]),
             "targets": [{"stance": t["stance"], "actor": actor(t["actor"])} for t in s["targets"]]}
            for s in data["statements"]["nodes"]]


def q2_peer(data):
    return [{"key": s["rowId"], "summary": s["summary"], "date": [s["dateText"], s["dateEarliest"], s["dateLatest"]],
             "speaker": actor(s["speaker"]),
             "targets": [{"stance": t["stance"], "actor": actor(t["actor"])} for t in s["statementTargets"]["nodes"]]}
            for s in data["statementsTargeting"]["nodes"]]


def q3_analyst(data):
    a = data["actor"]
    return {"key": key(a["id"]), "slug": a["slug"], "name": a["name"], "kind": a["kind"],
            "aliases": [[n["name"], n["type"]] for n in a["aliases"]],
            "positions": [[p["title"], p["current"], actor(p["organization"])] for p in a["positions"]],
            "statements": [[key(s["id"]), s["summary"], s["date"]["text"]] for s in a["statements"]["nodes"]],
            "about": [[key(s["id"]), s["summary"], s["date"]["text"], actor(s["speaker"])]
                      for s in a["statementsAbout"]["nodes"]]}


def q3_peer(data):
    a = data["actorBySlug"]
    return {"key": a["rowId"], "slug": a["slug"], "name": a["name"], "kind": a["kind"],
            "aliases": [[n["name"], n["type"]] for n in a["actorNames"]["nodes"]],
            "positions": [[p["title"], p["current"], actor(p["organization"])] for p in a["actorPositions"]["nodes"]],
            "statements": [[s["rowId"], s["summary"], s["dateText"]] for s in a["statementsBySpeakerId"]["nodes"]],
            "about": [[s["rowId"], s["summary"], s["dateText"], actor(s["speaker"])]
                      for s in a["statementsAbout"]["nodes"]]}


def timeline_analyst(data):
    """(month, kind) -> statements certainly in that month, for the months and kinds with any."""
    return sorted([b["start"], k["kind"], k["count"]] for b in data["statementTimeline"] for k in b["byKind"])


def timeline_peer(data):
    # The view statement_month holds exactly the statements certainly in one month (bench/peer/peer.sql).
    return sorted([g["keys"][0], g["keys"][1], int(g["distinctCount"]["rowId"])]
                  for g in data["statementMonths"]["groupedAggregates"])


def article_analyst(data):
    a = data["article"]
    return {"key": key(a["id"]), "slug": a["slug"], "title": a["title"], "summary": a["summary"],
            "category": a["category"], "publishedAt": instant(a["publishedAt"]), "words": a["wordCount"],
            "reads": a["readCount"], "periodical": [key(a["periodical"]["id"]), a["periodical"]["title"]],
            "authors": [[key(x["id"]), x["slug"], x["name"]] for x in a["authors"]],
            "regions": [actor(x) for x in a["regions"]],
            "sections": [[s["role"], s["heading"], s["position"], s["paragraphs"]] for s in a["sections"]],
            "statementCount": a["statements"]["totalCount"],
            "statements": [{"key": key(s["id"]), "kind": s["kind"], "summary": s["summary"], "quote": s["quote"],
                            "date": s["date"]["text"], "speaker": actor(s["speaker"]),
                            "targets": [[t["role"], t["stance"], actor(t["actor"])] for t in s["targets"]],
                            "passages": [[p["form"], p["excerpt"], p["start"], p["end"], key(p["article"]["id"]),
                                          p["article"]["title"]] for p in s["attestations"]]}
                           for s in a["statements"]["nodes"]]}


def article_peer(data):
    a = data["articleBySlug"]
    return {"key": a["rowId"], "slug": a["slug"], "title": a["title"], "summary": a["summary"],
            "category": a["category"], "publishedAt": instant(a["publishedAt"]), "words": a["wordCount"],
            "reads": a["articleReadCount"]["readCount"], "periodical": [a["periodical"]["rowId"], a["periodical"]["title"]],
            "authors": [[x["actor"]["rowId"], x["actor"]["slug"], x["actor"]["name"]] for x in a["articleAuthors"]["nodes"]],
            "regions": [actor(x["actor"]) for x in a["articleRegions"]["nodes"]],
            "sections": [[s["role"], s["heading"], s["position"], s["paragraphs"]] for s in a["articleSections"]["nodes"]],
            "statementCount": a["statements"]["totalCount"],
            "statements": [{"key": s["rowId"], "kind": s["kind"], "summary": s["summary"], "quote": s["quote"],
                            "date": s["dateText"], "speaker": actor(s["speaker"]),
                            "targets": [[t["role"], t["stance"], actor(t["actor"])] for t in s["statementTargets"]["nodes"]],
                            "passages": [[p["form"], p["excerpt"], p["startOffset"], p["endOffset"], p["article"]["rowId"],
                                          p["article"]["title"]] for p in s["passages"]["nodes"]]}
                           for s in a["statements"]["nodes"]]}


def with_country(a):
    return None if a is None else {**actor(a), "country": actor(a["country"])}


def directory_analyst(data):
    page = data["actors"]
    return {"total": page["totalCount"], "more": page["pageInfo"]["hasNextPage"],
            "people": [{"key": key(a["id"]), "slug": a["slug"], "name": a["name"], "description": a["description"],
                        "country": actor(a["country"]), "aliases": [[n["name"], n["type"]] for n in a["aliases"]],
                        "positions": [[p["title"], p["current"], p["start"] and p["start"]["text"], actor(p["organization"])]
                                      for p in a["positions"]]}
                       for a in page["nodes"]]}


def directory_peer(data):
    page = data["actors"]
    return {"total": page["totalCount"], "more": page["pageInfo"]["hasNextPage"],
            "people": [{"key": a["rowId"], "slug": a["slug"], "name": a["name"], "description": a["description"],
                        "country": actor(a["country"]), "aliases": [[n["name"], n["type"]] for n in a["actorNames"]["nodes"]],
                        "positions": [[p["title"], p["current"], p["startText"], actor(p["organization"])]
                                      for p in a["actorPositions"]["nodes"]]}
                       for a in page["nodes"]]}


def deep_analyst(data):
    p = data["publication"]
    return {"key": key(p["id"]), "title": p["title"], "kind": p["kind"],
            "articles": [{"key": key(a["id"]), "title": a["title"], "publishedAt": instant(a["publishedAt"]),
                          "authors": [actor(x) for x in a["authors"]],
                          "statements": [{"key": key(s["id"]), "summary": s["summary"], "speaker": with_country(s["speaker"]),
                                          "targets": [[t["stance"], with_country(t["actor"])] for t in s["targets"]]}
                                         for s in a["statements"]["nodes"]]}
                         for a in p["articles"]["nodes"]]}


def deep_peer(data):
    p = data["publicationBySlug"]
    return {"key": p["rowId"], "title": p["title"], "kind": p["kind"],
            "articles": [{"key": a["rowId"], "title": a["title"], "publishedAt": instant(a["publishedAt"]),
                          "authors": [actor(x["actor"]) for x in a["articleAuthors"]["nodes"]],
                          "statements": [{"key": s["rowId"], "summary": s["summary"], "speaker": with_country(s["speaker"]),
                                          "targets": [[t["stance"], with_country(t["actor"])]
                                                      for t in s["statementTargets"]["nodes"]]}
                                         for s in a["statements"]["nodes"]]}
                         for a in p["articlesByPeriodicalId"]["nodes"]]}


CANONICAL = {"q1": (q1_analyst, q1_peer), "q2": (q2_analyst, q2_peer), "q3": (q3_analyst, q3_peer),
             "timeline": (timeline_analyst, timeline_peer), "article": (article_analyst, article_peer),
             "directory": (directory_analyst, directory_peer), "deep": (deep_analyst, deep_peer)}


def check_alone(response):
    """Problems of an answer that has no peer to compare with: errors, or no data at all."""
    if response.get("errors"):
        return [f"analyst answered with errors: {response['errors']}"]
    data = response.get("data") or {}
    if not data or not any(data.values()):
        return [f"analyst answered without data: {data!r:.200}"]
    return []


def compare(query, analyst_response, peer_response):
    """Returns a list of problems; empty when both responses hold the same rows in the same order."""
    problems = []
    for name, response in (("analyst", analyst_response), ("peer", peer_response)):
        if response.get("errors"):
            problems.append(f"{name} answered with errors: {response['errors']}")
    if problems:
        return problems
    ours, theirs = (form(response["data"]) for form, response in zip(CANONICAL[query], (analyst_response, peer_response)))
    if ours != theirs:
        problems.append(f"{query}: different rows\n analyst: {json.dumps(ours)[:2000]}\n peer:    {json.dumps(theirs)[:2000]}")
    elif not ours or (isinstance(ours, list) and len(ours) < 2):
        problems.append(f"{query}: too few rows to compare ({ours!r:.200})")
    return problems


if __name__ == "__main__":
    if sys.argv[1] == "--alone":
        with open(sys.argv[3]) as a:
            found = check_alone(json.load(a))
    else:
        query, analyst_file, peer_file = sys.argv[1:4]
        with open(analyst_file) as a, open(peer_file) as p:
            found = compare(query, json.load(a), json.load(p))
    for problem in found:
        print(problem, file=sys.stderr)
    sys.exit(1 if found else 0)
