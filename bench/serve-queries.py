#!/usr/bin/env python3
"""Latency of every named query (queries/*.rq) on a SPARQL endpoint, for bench/serve.

Each query is sent as it is in the catalogue, its parameters left free (so over the whole corpus,
the heaviest form), by HTTP POST (application/sparql-query), one at a time, asking for SPARQL JSON
results; the time of the first run (the one that computes the answer: hrc-kg keeps answers and
gives them again, Fuseki does not), then, after the warm-up runs, p50 and the slowest of the timed
runs (from the request sent to the last byte read), the rows and the bytes of the answer.

    python3 bench/serve-queries.py http://127.0.0.1:3031/sparql --rounds 15
"""
import argparse
import json
import pathlib
import statistics
import time
import urllib.request


def run(endpoint, text):
    request = urllib.request.Request(endpoint, data=text.encode("utf-8"), method="POST", headers={
        "Content-Type": "application/sparql-query", "Accept": "application/sparql-results+json"})
    start = time.perf_counter()
    with urllib.request.urlopen(request, timeout=120) as response:
        body = response.read()
    return time.perf_counter() - start, body


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("endpoint")
    parser.add_argument("--queries", default="queries")
    parser.add_argument("--rounds", type=int, default=15)
    parser.add_argument("--warmup", type=int, default=2)
    parser.add_argument("--label", default="")
    args = parser.parse_args()
    print(f"{args.label}named queries on {args.endpoint}, {args.warmup} warm-up + {args.rounds} timed runs each")
    print(f"  {'query':<24} {'first ms':>9} {'p50 ms':>9} {'max ms':>9} {'rows':>8} {'bytes':>11}")
    for path in sorted(pathlib.Path(args.queries).glob("*.rq")):
        text = path.read_text(encoding="utf-8")
        try:
            first, _ = run(args.endpoint, text)
            for _ in range(args.warmup - 1):
                run(args.endpoint, text)
            times = []
            for _ in range(args.rounds):
                seconds, body = run(args.endpoint, text)
                times.append(seconds)
        except OSError as e:
            print(f"  {path.stem:<24} failed: {e}")
            continue
        rows = len(json.loads(body)["results"]["bindings"]) if body.startswith(b"{") else -1
        print(f"  {path.stem:<24} {1000 * first:9.1f} {1000 * statistics.median(times):9.1f} {1000 * max(times):9.1f} {rows:8d} {len(body):11,d}")


if __name__ == "__main__":
    main()
