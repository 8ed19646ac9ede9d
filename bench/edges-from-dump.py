#!/usr/bin/env python3
"""The citation network of an N-Quads dump as analyze's EDGES query defines it (citing text: the
document that has the citing paragraph; weight: the distinct citing paragraphs), as the TSV edge
list (citing, cited, paragraphs) that bench/pagerank-networkx.py and bench/PairExport.java read,
without loading the dump into a store. Reads only hasParagraph, citingParagraph, citedDocument quads:

    grep -F -e 'ontology#hasParagraph>' -e 'ontology#citingParagraph>' -e 'ontology#citedDocument>' DUMP.nq \\
      | python3 bench/edges-from-dump.py EDGES.tsv
"""
import sys, collections
H = "<https://w3id.org/hrc-kg/ontology#"
doc_of, para_of, cited_of = {}, {}, {}
for line in sys.stdin:
    s, p, o = line.split(" ", 3)[:3]
    if p == H + "hasParagraph>": doc_of[o] = s
    elif p == H + "citingParagraph>": para_of[s] = o
    elif p == H + "citedDocument>": cited_of[s] = o
paras = collections.defaultdict(set)
for c, cited in cited_of.items():
    para = para_of.get(c)
    citing = doc_of.get(para)
    if citing and citing != cited:
        paras[(citing[1:-1], cited[1:-1])].add(para)
with open(sys.argv[1], "w") as out:
    out.write("# citing\tcited\tparagraphs\n")
    for (a, b), ps in sorted(paras.items()):
        out.write(f"{a}\t{b}\t{len(ps)}\n")
print(len(paras), "edges", file=sys.stderr)
