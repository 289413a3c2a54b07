"""Reference Gould–Fernandez brokerage counts, by a line-for-line port of statnet `sna`.

R is not installed here, so this script ports the counting loop of `brokerage_R` in sna
2.7-2 (src/gli.c; https://github.com/cran/sna) to Python: for every ordered triple of
distinct vertices i -> j -> k with no arc i -> k, vertex j brokers, and the role follows the
classes of (i, j, k): w_I coordinator (all equal), w_O itinerant/consultant (i = k != j),
b_IO representative (i = j != k), b_OI gatekeeper (i != j = k), b_O liaison (all differ).
sna reads an undirected graph as a digraph with each tie in both directions (a symmetric
matrix, or `as.edgelist.sna(as.digraph=TRUE)` for a network object, R/dataprep.R), so
every two-path is counted once in each direction. It also ports sna's expected counts and z-scores per vertex (`exp.nli`, `z.nli` in
R/models.R, after Gould & Fernandez 1989). The port also counts, per broker, the brokered pairs by the classes
of their two ends (unordered pairs for undirected graphs, ordered for directed).

Writes tests/fixtures/brokerage.valid.json (then run `npx prettier --write` on it):

    python3 scripts/reference/brokerage_sna.py
"""

import json
import math
import random
from pathlib import Path

import networkx as nx

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "tests" / "fixtures" / "brokerage.valid.json"
ROLES = ["coordinator", "consultant", "representative", "gatekeeper", "liaison"]


def sna_brokerage(nodes, arcs, cl):
    """Port of sna's brokerage_R: counts per vertex in the order of ROLES."""
    n = len(nodes)
    index = {v: i for i, v in enumerate(nodes)}
    adj = [[False] * n for _ in range(n)]
    for a, b in arcs:
        adj[index[a]][index[b]] = True
    brok = [[0] * 5 for _ in range(n)]
    pairs = [dict() for _ in range(n)]
    c = [cl[v] for v in nodes]
    for i in range(n):
        for j in range(n):
            if j == i or not adj[i][j]:
                continue
            for k in range(n):
                if k == i or k == j or not adj[j][k] or adj[i][k]:
                    continue
                if c[j] == c[i]:
                    role = 0 if c[j] == c[k] else 2  # w_I, or b_IO representative
                elif c[j] == c[k]:
                    role = 3  # b_OI gatekeeper
                elif c[i] == c[k]:
                    role = 1  # w_O itinerant (consultant)
                else:
                    role = 4  # b_O liaison
                brok[j][role] += 1
                pairs[j].setdefault((i, k), (c[i], c[k]))
    return brok, pairs


def comb2(x):
    return x * (x - 1) / 2


def sna_moments(nodes, arcs, cl):
    """Port of sna's per-vertex expectations (exp.nli) and sds (sd.nli), R/models.R."""
    N = float(len(nodes))
    m = len(set(arcs))
    d = m / (N * (N - 1))
    clid = list(dict.fromkeys(cl[v] for v in nodes))
    n = [float(sum(1 for v in nodes if cl[v] == c)) for c in clid]
    ebr, vbr = {}, {}
    q = d**2 * (1 - d)
    for i, c in enumerate(clid):
        ni = n[i]
        rest = [x for j, x in enumerate(n) if j != i]
        e = [0.0] * 6
        v = [0.0] * 6
        e[0] = q * (ni - 1) * (ni - 2)
        v[0] = e[0] * (1 - q) + 2 * (ni - 1) * (ni - 2) * (ni - 3) * d**3 * (1 - d) ** 3
        e[1] = q * sum(x * (x - 1) for x in rest)
        v[1] = e[1] * (1 - q) + 2 * sum(x * (x - 1) * (x - 2) for x in rest) * d**3 * (1 - d) ** 3
        e[2] = q * (N - ni) * (ni - 1)
        v[2] = e[2] * (1 - q) + 2 * ((ni - 1) * comb2(N - ni) + (N - ni) * comb2(ni - 1)) * d**3 * (1 - d) ** 3
        e[3], v[3] = e[2], v[2]
        e[4] = q * (sum(x * y for x in rest for y in rest) - sum(x * x for x in rest))
        v[4] = e[4] * (1 - q) + 4 * sum(x * comb2(N - x - ni) * d**3 * (1 - d) ** 3 for x in rest)
        e[5] = q * (N - 1) * (N - 2)
        v[5] = e[5] * (1 - q) + 2 * (N - 1) * (N - 2) * (N - 3) * d**3 * (1 - d) ** 3
        ebr[c], vbr[c] = e, v
    return d, ebr, vbr


def case(name, nodes, edges, cl, directed):
    arcs = list(edges) if directed else [a for u, v in edges for a in ((u, v), (v, u))]
    brok, pairs = sna_brokerage(nodes, arcs, cl)
    density, ebr, vbr = sna_moments(nodes, arcs, cl)
    out = {}
    for i, v in enumerate(nodes):
        by_groups = {}
        for (a, k), (ga, gk) in pairs[i].items():
            if not directed:
                if a > k:
                    continue  # each unordered pair once
                ga, gk = sorted((ga, gk))
            by_groups[f"{ga}|{gk}"] = by_groups.get(f"{ga}|{gk}", 0) + 1
        e, var = ebr[cl[v]], vbr[cl[v]]
        raw = brok[i] + [sum(brok[i])]
        out[str(v)] = {
            "roles": dict(zip(ROLES, brok[i])),
            "groupPairs": by_groups,
            "expected": dict(zip(ROLES + ["total"], e)),
            # sna divides by the sd as it is; a zero sd gives NaN/Inf there, null here.
            "z": dict(zip(ROLES + ["total"], [(r - x) / math.sqrt(s) if s > 0 else None for r, x, s in zip(raw, e, var)])),
        }
    return {
        "name": name,
        "directed": directed,
        "nodes": [str(v) for v in nodes],
        "edges": [{"source": str(u), "target": str(v)} for u, v in edges],
        "groups": {str(v): str(cl[v]) for v in nodes},
        "density": density,
        "brokerage": out,
    }


def main():
    cases = []

    K = nx.karate_club_graph()
    nodes = [str(v + 1) for v in K]  # ids '1'..'34' as in tests/fixtures/karate.valid.json
    cl = {str(v + 1): K.nodes[v]["club"] for v in K}
    cases.append(case("karate-by-club", nodes, [(str(u + 1), str(v + 1)) for u, v in K.edges], cl, False))

    D = nx.davis_southern_women_graph()
    cl = {v: ("woman" if D.nodes[v]["bipartite"] == 0 else "event") for v in D}
    cases.append(case("davis-women-events", list(D), list(D.edges), cl, False))

    F = nx.florentine_families_graph()
    # Three arbitrary but fixed classes (alphabetical thirds) to exercise every role.
    names = sorted(F)
    cl = {v: "ABC"[names.index(v) * 3 // len(names)] for v in F}
    cases.append(case("florentine-thirds", names, list(F.edges), cl, False))

    # As sna's documentation example: a random digraph on 15 vertices, classes 1,2,3 repeated.
    rng = random.Random(2026)
    nodes = [f"v{i}" for i in range(15)]
    arcs = [(a, b) for a in nodes for b in nodes if a != b and rng.random() < 0.5]
    cl = {v: str(i % 3 + 1) for i, v in enumerate(nodes)}
    cases.append(case("random-digraph-15", nodes, arcs, cl, True))

    OUT.write_text(json.dumps({
        "description": "Gould-Fernandez brokerage counts by a Python port of sna 2.7-2 brokerage_R "
        "(scripts/reference/brokerage_sna.py); groupPairs keys are 'fromGroup|toGroup'.",
        "cases": cases,
    }) + "\n")
    print(f"wrote {OUT.relative_to(ROOT)}: {len(cases)} cases")


if __name__ == "__main__":
    main()
