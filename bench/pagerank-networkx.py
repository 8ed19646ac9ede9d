#!/usr/bin/env python3
"""networkx's PageRank of a tab-separated edge list (citing, cited, weight), for bench/pagerank.

Reads the list into a DiGraph, runs networkx.pagerank with the given alpha and tolerance a few
times, prints the first and the median time (the call only, as for hrc-kg) and, with --compare,
the largest difference from another tool's scores (a file of node, score lines).
Debian's python3-networkx and python3-scipy (networkx 2.8 runs PageRank on a scipy sparse matrix).
Note that networkx stops when the summed change of all scores is below N x tolerance, a looser
test than hrc-kg's (no single score moves by the tolerance), so it may stop after fewer iterations.

    python3 bench/pagerank-networkx.py target/pagerank/edges.tsv --compare target/pagerank/hrc-kg.tsv
"""
import argparse
import resource
import statistics
import time

import networkx as nx


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("edges")
    parser.add_argument("--alpha", type=float, default=0.85)
    parser.add_argument("--tol", type=float, default=1e-12)
    parser.add_argument("--max-iter", type=int, default=10000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--compare", help="node<TAB>score file to compare the scores with")
    args = parser.parse_args()

    start = time.perf_counter()
    graph = nx.read_weighted_edgelist(args.edges, delimiter="\t", create_using=nx.DiGraph, nodetype=str)
    loaded = time.perf_counter() - start
    print(f"networkx {nx.__version__}: {graph.number_of_nodes():,} nodes, {graph.number_of_edges():,} edges, "
          f"read in {loaded:.2f} s")
    times, cpu = [], []
    for _ in range(args.rounds):
        start, start_cpu = time.perf_counter(), time.process_time()
        ranks = nx.pagerank(graph, alpha=args.alpha, tol=args.tol, max_iter=args.max_iter)
        times.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    median = statistics.median(times[1:]) if len(times) > 1 else times[0]
    median_cpu = statistics.median(cpu[1:]) if len(cpu) > 1 else cpu[0]
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"pagerank (alpha {args.alpha}, tol {args.tol:g}): first run {times[0]:.3f} s (CPU {cpu[0]:.3f} s), "
          f"median of the next {len(times) - 1} runs {median:.3f} s (CPU {median_cpu:.3f} s); peak RSS {peak:.0f} MB")
    print(f"seconds first {times[0]:.4f} median {median:.4f} cpu-first {cpu[0]:.4f} cpu-median {median_cpu:.4f}")
    if args.compare:
        worst = 0.0
        with open(args.compare, encoding="utf-8") as other:
            for line in other:
                node, score = line.rstrip("\n").split("\t")
                worst = max(worst, abs(float(score) - ranks[node]))
        print(f"largest difference from {args.compare}: {worst:.2e}")


if __name__ == "__main__":
    main()
