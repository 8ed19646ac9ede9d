#!/usr/bin/env python3
"""Latency of every named query (queries/*.rq) on a SPARQL endpoint, for bench/serve.

Each query is sent twice over: as it is in the catalogue, its parameters left free (so over the
whole corpus, the heaviest form), and as users call it, each parameter bound to a value that exists
in the endpoint's data, bound as NamedQuery.bind binds it (the value written into the patterns,
the pattern it restricts first): the bound text is the one hrc-kg's `/queries/NAME?PARAM=VALUE`
sends on by its 303 (`--bind-with`, by default the server of the endpoint). The values are picked
from the endpoint first, by the queries of PICKS. Every form is sent by HTTP POST (application/sparql-query), one at a
time, asking for SPARQL JSON results: the time of the first run (the one that computes the answer:
hrc-kg keeps answers and gives them again, Fuseki does not; on a server just started it is the
uncached run), then, after the warm-up runs, p50 and the slowest of the timed runs (from the request
sent to the last byte read), the rows and the bytes of the answer. A refused query prints its
status, the time it took to be refused and the first words of the server's reason.

    python3 bench/serve-queries.py http://127.0.0.1:3031/sparql --rounds 15
    python3 bench/serve-queries.py http://127.0.0.1:3141/sparql --only who-cites,citation-age
    python3 bench/serve-queries.py http://127.0.0.1:3032/hrc/sparql --bind-with http://127.0.0.1:3031/
"""
import argparse
import json
import pathlib
import re
import statistics
import time
import urllib.error
import urllib.parse
import urllib.request

PREFIXES = """PREFIX hrc: <https://w3id.org/hrc-kg/ontology#>
PREFIX cito: <http://purl.org/spar/cito/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
"""

# The value each parameter is bound to: the query's answer (?value, its first row) on the endpoint's
# own data, chosen so that the bound query has something to answer, and much of it (the most cited
# document, the text with the most paragraphs...): what the heaviest ordinary call costs. Keyed by
# the named query, then by its parameter; a parameter of the catalogue missing here is reported.
TEXT_WITH_MOST = "{{ SELECT ?d (COUNT(DISTINCT ?x) AS ?n) WHERE {{ {} }} GROUP BY ?d ORDER BY DESC(?n) ?d LIMIT 1 }} ?d hrc:symbol ?value"
MOST = "{{ SELECT ?thing (COUNT(DISTINCT ?x) AS ?n) WHERE {{ {} }} GROUP BY ?thing ORDER BY DESC(?n) ?thing LIMIT 1 }} {}"
SESSION_NUMBER = "?thing hrc:sessionNumber ?value"
# The issuer of the most documents the data names (a cited document's issuer is stated in every graph
# that cites it: counted per document, not per citation).
ISSUER = MOST.format("?x hrc:issuedBy ?thing", "?thing skos:notation ?value")
PICKS = {
    "citation-age": {"symbol": TEXT_WITH_MOST.format("?x hrc:statedDate ?date ; hrc:citingParagraph ?p . ?d hrc:hasParagraph ?p")},
    "frontier": {"issuer": ISSUER},
    "funds-per-document": {"symbol": TEXT_WITH_MOST.format("?x hrc:mentionsFund ?f . ?d hrc:hasParagraph ?x")},
    "funds-per-session": {"session": MOST.format("?x hrc:mentionsFund ?f . ?d hrc:hasParagraph ?x ; hrc:session ?thing", SESSION_NUMBER)},
    "mandate-timeline": {"mandate": MOST.format("?x hrc:establishesMandate|hrc:extendsMandate ?thing", "?thing skos:notation ?value")},
    "most-cited": {"issuer": ISSUER},
    "most-cited-by-issuer": {"issuer": ISSUER},
    "opening-phrases": {"symbol": TEXT_WITH_MOST.format("?d hrc:hasParagraph ?x")},
    "outputs-due-per-session": {"session": MOST.format("?x hrc:dueSession ?thing", SESSION_NUMBER)},
    "outputs-per-actor": {"actor": MOST.format("?x hrc:responsibleActor ?thing", "?thing skos:notation ?value")},
    "paragraph-counts": {"symbol": TEXT_WITH_MOST.format("?d hrc:hasParagraph ?x")},
    "sdg-per-document": {"symbol": TEXT_WITH_MOST.format("?x hrc:mentionsSDG ?goal . ?d hrc:hasParagraph ?x")},
    "sponsor-counts": {"iso3": MOST.format("?x hrc:sponsor ?thing", "?thing hrc:iso3166Alpha3 ?value")},
    "sponsors-per-draft": {"symbol": TEXT_WITH_MOST.format("?d a hrc:DraftResolution ; hrc:sponsorship ?x")},
    "who-cites": {"symbol": MOST.format("?x hrc:citedDocument ?thing", "?thing hrc:symbol ?value")},
}

# A parameter line of a query's header, as NamedQuery reads it: "# param NAME (TYPE): ...".
PARAMETER = re.compile(r"^#\s*param\s+(\w+)\s+\((string|integer)\):")


def run(endpoint, text):
    """Sends a query; gives the seconds to the last byte, the HTTP status and the body."""
    request = urllib.request.Request(endpoint, data=text.encode("utf-8"), method="POST", headers={
        "Content-Type": "application/sparql-query", "Accept": "application/sparql-results+json"})
    start = time.perf_counter()
    try:
        with urllib.request.urlopen(request, timeout=120) as response:
            body = response.read()
            status = response.status
    except urllib.error.HTTPError as e:
        body = e.read()
        status = e.code
    return time.perf_counter() - start, status, body


def parameters(text):
    """The parameters of a query's header: name and type, in order."""
    found = []
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        m = PARAMETER.match(line)
        if m:
            found.append((m.group(1), m.group(2)))
    return found


def pick(endpoint, name, parameter):
    """The value a parameter is bound to, read from the endpoint (PICKS), or None."""
    where = PICKS.get(name, {}).get(parameter)
    if where is None:
        raise SystemExit(f"bench/serve-queries.py: no value to pick for {name}'s parameter {parameter}: add it to PICKS")
    _, status, body = run(endpoint, PREFIXES + "SELECT ?value WHERE { " + where + " } LIMIT 1")
    rows = json.loads(body)["results"]["bindings"] if status == 200 else []
    return rows[0]["value"]["value"] if rows else None


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def bound_text(server, name, bound):
    """The query bound as hrc-kg binds it: the query of the 303 that /queries/NAME answers."""
    url = server + "queries/" + name + "?" + urllib.parse.urlencode(bound)
    try:
        urllib.request.build_opener(NoRedirect).open(url, timeout=30)
    except urllib.error.HTTPError as e:
        if e.code == 303:
            location = urllib.parse.urlparse(e.headers["Location"])
            return urllib.parse.parse_qs(location.query)["query"][0]
        raise SystemExit(f"bench/serve-queries.py: {url} answered {e.code}, not a 303")
    raise SystemExit(f"bench/serve-queries.py: {url} answered without a 303")


def measure(endpoint, label, text, warmup, rounds):
    """One form of a query: first run, warm-up, timed runs; prints its line."""
    try:
        first, status, body = run(endpoint, text)
        if status != 200:
            reason = body.decode("utf-8", "replace").strip().splitlines()[0][:90] if body.strip() else ""
            print(f"  {label:<40} {status} after {1000 * first:.0f} ms: {reason}")
            return
        for _ in range(warmup - 1):
            run(endpoint, text)
        times = []
        for _ in range(rounds):
            seconds, status, body = run(endpoint, text)
            times.append(seconds)
    except OSError as e:
        print(f"  {label:<40} failed: {e}")
        return
    rows = len(json.loads(body)["results"]["bindings"]) if body.startswith(b"{") else -1
    print(f"  {label:<40} {1000 * first:9.1f} {1000 * statistics.median(times):9.1f} {1000 * max(times):9.1f} {rows:8d} {len(body):11,d}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("endpoint")
    parser.add_argument("--queries", default="queries")
    parser.add_argument("--rounds", type=int, default=15)
    parser.add_argument("--warmup", type=int, default=2)
    parser.add_argument("--label", default="")
    parser.add_argument("--only", default="", help="comma-separated names of the queries to run (default: all)")
    parser.add_argument("--unbound-only", action="store_true", help="only the unbound forms (no hrc-kg server to bind them)")
    parser.add_argument("--bind-with", default="", help="the hrc-kg server whose /queries/NAME binds the parameters (default: the endpoint's)")
    args = parser.parse_args()
    only = {n for n in args.only.split(",") if n}
    paths = [p for p in sorted(pathlib.Path(args.queries).glob("*.rq")) if not only or p.stem in only]
    catalogue = {p.stem: p.read_text(encoding="utf-8") for p in paths}
    bindings = {}
    for name, text in catalogue.items():
        bound = {p: pick(args.endpoint, name, p) for p, _ in parameters(text)}
        if bound and None not in bound.values():
            bindings[name] = bound
        elif bound:
            print(f"{args.label}{name}: no value in the data for {', '.join(p for p, v in bound.items() if v is None)}; measured unbound only")
    print(f"{args.label}named queries on {args.endpoint}, {args.warmup} warm-up + {args.rounds} timed runs each")
    print(f"  {'query':<40} {'first ms':>9} {'p50 ms':>9} {'max ms':>9} {'rows':>8} {'bytes':>11}")
    for name, text in catalogue.items():
        measure(args.endpoint, name, text, args.warmup, args.rounds)
        if name in bindings and not args.unbound_only:
            bound = bindings[name]
            label = name + " " + " ".join(f"{p}={v}" for p, v in bound.items())
            server = args.bind_with or args.endpoint.rsplit("sparql", 1)[0]
            measure(args.endpoint, label, bound_text(server, name, bound), args.warmup, args.rounds)


if __name__ == "__main__":
    main()
