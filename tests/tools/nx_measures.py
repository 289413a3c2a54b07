"""Reads an exported graph file with NetworkX and prints what NetworkX makes of it as JSON.

Usage: python3 nx_measures.py FORMAT PATH PATH_WEIGHT
  FORMAT       gexf | graphml | csv (CSV: PATH is the edge list; PATH.nodes the node list)
  PATH_WEIGHT  "distance" (the edge attribute, floating point), "exact" (1/weight as an
               exact fraction, so equal-length paths tie exactly) or "none" (steps)

Output: {"directed", "nodes", "edges", "attributes": {node: {...}}, "edge_weights": [...],
"betweenness": {...}, "closeness": {...}, "pagerank": {...}} with NetworkX's own
conventions (betweenness normalised, closeness wf_improved, PageRank alpha 0.85 on the
"weight" attribute when PATH_WEIGHT is not "none"). Used by tests/domain/graphFormats.test.ts.
"""

import csv
import json
import sys
from fractions import Fraction

import networkx as nx


def read_csv(path):
    graph = nx.Graph()
    with open(path + ".nodes", encoding="utf-8-sig", newline="") as f:
        for row in csv.DictReader(f):
            graph.add_node(row["id"], label=row["label"])
    with open(path, encoding="utf-8-sig", newline="") as f:
        for row in csv.DictReader(f):
            graph.add_edge(
                row["source"],
                row["target"],
                weight=float(row["weight"]),
                distance=float(row["distance"]),
            )
    return graph


def floats(values):
    return {str(k): float(v) for k, v in values.items()}


def main():
    fmt, path, path_weight = sys.argv[1], sys.argv[2], sys.argv[3]
    if fmt == "gexf":
        graph = nx.read_gexf(path)
    elif fmt == "graphml":
        graph = nx.read_graphml(path)
    elif fmt == "csv":
        graph = read_csv(path)
    else:
        raise SystemExit("unknown format " + fmt)
    if fmt == "graphml":
        graph = nx.relabel_nodes(graph, {n: d.get("app_id", n) for n, d in graph.nodes(data=True)})
    directed = graph.is_directed()
    simple = nx.Graph(graph) if graph.is_multigraph() else graph
    weight = None if path_weight == "none" else "distance"
    if path_weight == "exact":
        weight = "exact_distance"
        for _, _, d in simple.edges(data=True):
            d["exact_distance"] = 1 / Fraction(float(d.get("weight", 1)))
    out = {
        "directed": directed,
        "nodes": simple.number_of_nodes(),
        "edges": simple.number_of_edges(),
        "attributes": {str(n): d for n, d in simple.nodes(data=True)},
        "edge_weights": sorted(float(d.get("weight", 1)) for _, _, d in simple.edges(data=True)),
        "betweenness": floats(nx.betweenness_centrality(simple, weight=weight, normalized=True)),
        "closeness": floats(nx.closeness_centrality(simple, distance=weight, wf_improved=True)),
        "pagerank": nx.pagerank(
            simple, alpha=0.85, weight=None if weight is None else "weight", tol=1e-12, max_iter=1000
        ),
    }
    json.dump(out, sys.stdout, default=str)


if __name__ == "__main__":
    main()
