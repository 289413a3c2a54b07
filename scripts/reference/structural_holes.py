"""Reference values for Burt's structural-hole measures, from NetworkX.

Writes tests/fixtures/structuralHoles.valid.json: for each graph its nodes, undirected
edges (with weights where the case is weighted) and NetworkX's `effective_size` and
`constraint` per node (NaN for isolates is written as null), from NetworkX's per-node path
(`nodes=` given), which follows the documented formulas and reproduces the UCINET values
of Borgatti's example in NetworkX's tests. Each value is also computed by NetworkX's
sparse-matrix path (`nodes=None`, taken when SciPy is installed); the script stops when the
two disagree, except for weighted effective size: there NetworkX 3.6's matrix path divides
m_vw by w's largest tie instead of v's (column-wise broadcast), so it differs on weighted
graphs (Borgatti's example: A 2.79 instead of UCINET's 2.47). Those differences are
printed, and the per-node values are kept. Run from the repository root:

    python3 scripts/reference/structural_holes.py
"""

import json
import math
import sys
from pathlib import Path

import networkx as nx

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "tests" / "fixtures" / "structuralHoles.valid.json"


def karate(weighted):
    data = json.loads((ROOT / "tests" / "fixtures" / "karate.valid.json").read_text())
    G = nx.Graph()
    G.add_nodes_from(data["nodes"])
    for e in data["edges"]:
        G.add_edge(e["source"], e["target"], weight=e["weight"] if weighted else 1)
    return G


def borgatti():
    # The example of Borgatti (1997), "Structural Holes: Unpacking Burt's Redundancy
    # Measures", as used in NetworkX's own tests (values there checked with UCINET).
    G = nx.Graph()
    weights = {
        ("A", "B"): 2, ("A", "F"): 3, ("A", "G"): 5, ("A", "E"): 2, ("E", "G"): 8,
        ("F", "G"): 3, ("B", "G"): 4, ("B", "D"): 1, ("D", "G"): 3, ("G", "C"): 10,
    }
    for (u, v), w in weights.items():
        G.add_edge(u, v, weight=w)
    G.add_node("H")  # an isolate: NetworkX gives NaN
    return G


def florentine():
    G = nx.florentine_families_graph()
    G.add_node("Pucci")  # the isolated family of Padgett's marriage network
    return G


def weighted_copy(G, attr):
    H = nx.Graph()
    H.add_nodes_from(G)
    for u, v, d in G.edges(data=True):
        H.add_edge(u, v, weight=d[attr])
    return H


CASES = [
    ("karate", karate(False), False),
    ("karate-weighted", karate(True), True),
    ("davis-southern-women", nx.davis_southern_women_graph(), False),
    ("florentine-families", florentine(), False),
    ("borgatti", borgatti(), False),
    ("borgatti-weighted", borgatti(), True),
    ("les-miserables-weighted", weighted_copy(nx.les_miserables_graph(), "weight"), True),
]


def clean(value):
    return None if math.isnan(value) else value


def measure(G, weighted):
    weight = "weight" if weighted else None
    out = {}
    for name, fn in (("effectiveSize", nx.effective_size), ("constraint", nx.constraint)):
        whole = fn(G, weight=weight)
        per_node = fn(G, nodes=list(G), weight=weight)
        known_bug = weighted and fn is nx.effective_size
        for v in G:
            a, b = whole[v], per_node[v]
            if (math.isnan(a) and math.isnan(b)) or math.isclose(a, b, rel_tol=1e-12, abs_tol=1e-12):
                continue
            if not known_bug:
                sys.exit(f"NetworkX paths disagree on {name}({v!r}): {a} vs {b}")
            print(f"  matrix path differs: {name}({v!r}) = {a} (per-node {b})")
        out[name] = {str(v): clean(per_node[v]) for v in G}
    return out


def main():
    graphs = []
    for name, G, weighted in CASES:
        edges = [
            {"source": str(u), "target": str(v), "weight": (d.get("weight", 1) if weighted else 1)}
            for u, v, d in G.edges(data=True)
        ]
        graphs.append({
            "name": name,
            "weighted": weighted,
            "nodes": [str(v) for v in G],
            "edges": edges,
            **measure(G, weighted),
        })
    OUT.write_text(json.dumps({
        "description": "Burt's effective size and constraint from NetworkX "
        + nx.__version__ + " (scripts/reference/structural_holes.py); null = NaN (isolate).",
        "graphs": graphs,
    }, indent=1) + "\n")
    print(f"wrote {OUT.relative_to(ROOT)}: {len(graphs)} graphs")


if __name__ == "__main__":
    main()
