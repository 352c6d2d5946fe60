"""Review: the pairs the model left undecided, most consequential first, and recording the
user's answer into the judgements file (kg.link.cluster). Endpoint-agnostic: `kg review`
(kg.cli.link) and a web page call the same two functions.

    items = review_list(store)            # [{"pair": "...", "joins": 7, "score": 1.3, "a": {...}, "b": {...}, ...}]
    record_judgement(path, items[0]["a"]["mention"], items[0]["b"]["mention"], "same")

A review item is one pair of entities (clusters) the model was unsure about: of the
undecided ("unsure") candidate pairs between two entities, the best-scoring one. Items are
ordered by how many mentions a "same" would join (the two entities' sizes), then by
score. Each side carries its mention's evidence (filing, roles, organisations,
citizenship, address, titles, CIK) and the text quoted from the filing.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from kg.errors import InputError
from kg.link.cluster import USER_DECISIONS
from kg.link.resolve import UNSURE, Resolution, describe
from kg.link.score import bits


@dataclass
class ReviewItem:
    row: int          # the candidate pair (index into result.pairs)
    a: int            # mention indexes
    b: int
    joins: int        # mentions a "same" would join
    score: int        # tenths of a bit

    def key(self, result: Resolution) -> str:
        """A short stable name of the pair (what `kg review --decide KEY=same` takes)."""
        ma, mb = sorted((result.mentions[self.a], result.mentions[self.b]), key=lambda m: (m.graph, m.iri))
        text = f"{ma.graph} {ma.iri} {mb.graph} {mb.iri}"
        return hashlib.sha1(text.encode()).hexdigest()[:10]


def review_items(result: Resolution) -> list[ReviewItem]:
    """The undecided pairs between two entities, one per pair of entities, most consequential first."""
    import numpy as np

    pairs = result.pairs
    entity = np.asarray(result.entity_of, dtype=np.int64)
    rows = np.flatnonzero(result.decision == UNSURE) if len(pairs) else np.zeros(0, dtype=np.int64)
    rows = rows[entity[pairs.left[rows]] != entity[pairs.right[rows]]]
    rank = np.asarray(result.rank, dtype=np.int64)
    low = np.minimum(rank[pairs.left[rows]], rank[pairs.right[rows]])
    high = np.maximum(rank[pairs.left[rows]], rank[pairs.right[rows]])
    best: dict[tuple[int, int], int] = {}
    for r in rows[np.lexsort((high, low, -pairs.score[rows]))].tolist():  # one order, however the mentions came
        ea, eb = int(entity[pairs.left[r]]), int(entity[pairs.right[r]])
        best.setdefault((min(ea, eb), max(ea, eb)), r)
    sizes = [len(e.members) for e in result.entities]
    items = [ReviewItem(r, int(pairs.left[r]), int(pairs.right[r]), sizes[ea] + sizes[eb], int(pairs.score[r]))
             for (ea, eb), r in best.items()]
    return sorted(items, key=lambda i: (-i.joins, -i.score, sorted((result.rank[i.a], result.rank[i.b]))))


def review_list(store, judgements_path: str | None = None, limit: int | None = None,
                result: Resolution | None = None) -> list[dict]:
    """The review list of a store (resolved from its saved linker state), as plain data:
    key, joins, score, decision, the reasons with their weights, and each mention's
    evidence and quotes. Pairs the judgements file already answers are not listed."""
    from kg.link.update import current_resolution

    result = result if result is not None else current_resolution(store, judgements_path)
    answered = {frozenset((j.a, j.b)) for j in result.extra if j.decided_by == "user"}
    found = []
    for item in review_items(result):
        if frozenset((item.a, item.b)) in answered:
            continue
        judgement = result.judgement(item.row)
        found.append({"key": item.key(result), "joins": item.joins, "score": item.score / 10,
                      "printed_score": bits(item.score), "decision": judgement.decision,
                      "decided_by": judgement.decided_by,
                      "reasons": judgement.reasons,
                      "weights": [{"reason": t, "weight": w / 10} for t, w in judgement.weights],
                      "a": evidence(store, result, item.a), "b": evidence(store, result, item.b)})
        if limit is not None and len(found) >= limit:
            break
    return found


def evidence(store, result: Resolution, index: int, quotes: int = 3) -> dict:
    """What a mention brings: its description, features and up to `quotes` quoted texts."""
    m = result.mentions[index]
    found = describe(result, index)
    found.update({"names": m.names, "kind": m.kind, "cik": m.cik, "roles": sorted(m.roles),
                  "organisations": sorted(m.orgs), "citizenship": m.country, "address": m.address,
                  "titles": sorted(m.positions), "source": m.source,
                  "entity_mentions": len(result.entities[result.entity_of[index]].members),
                  "quotes": _quotes(store, m.graph, m.iri, quotes) if store is not None else []})
    return found


def _quotes(store, graph: str, iri: str, limit: int) -> list[str]:
    import pyoxigraph as ox

    query = ("PREFIX oa: <http://www.w3.org/ns/oa#> SELECT DISTINCT ?quote ?s WHERE { ?a oa:hasBody ?s ; "
             "oa:hasTarget/oa:hasSelector ?q . ?q a oa:TextQuoteSelector ; oa:exact ?quote } "
             f"ORDER BY DESC(STRLEN(?quote)) LIMIT {int(limit)}")
    rows = store.oxigraph.query(query, default_graph=ox.NamedNode(graph), substitutions={
        ox.Variable("s"): ox.NamedNode(iri)})
    return [row["quote"].value for row in rows]


def record_judgement(path: str | Path, a: str, b: str, decision: str, note: str | None = None,
                     filing: str | None = None) -> dict:
    """Append one judgement to the judgements file (created if need be) and return it.
    `a` and `b`: mention IRIs or printed names; `decision`: same, different or skip."""
    if decision not in USER_DECISIONS:
        raise InputError(str(path), f"decision {decision!r} is not one of {USER_DECISIONS}")
    entry = {"a": a, "b": b, "decision": decision}
    if note:
        entry["note"] = note
    if filing:
        entry["filing"] = filing
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        lead = "\n" if path.exists() and path.stat().st_size and not path.read_bytes().endswith(b"\n") else ""
        with path.open("a", encoding="utf-8") as out:
            out.write(lead + json.dumps(entry, ensure_ascii=False) + "\n")
    except OSError as exc:
        raise InputError(str(path), f"cannot write the judgements file: {exc}") from exc
    return entry


def find_mentions(result: Resolution, ref: str) -> list[int]:
    """Mentions a user means by `ref`: an IRI (mention or entity), a CIK (digits), or a
    name or part of one (compared without case, accents or punctuation)."""
    from kg.link.cluster import matching
    from kg.link.names import fold

    ref = ref.strip()
    if ref.startswith(("http://", "https://", "urn:")):
        entity = [i for i, e in enumerate(result.entities) if e.iri == ref]
        if entity:
            return list(result.entities[entity[0]].members)
        return matching(ref, result.mentions)
    if ref.isdigit():
        cik = ref.zfill(10)
        found = [i for i, m in enumerate(result.mentions) if m.cik == cik]
        entities = {result.entity_of[i] for i in found}
        return sorted({i for e in entities for i in result.entities[e].members})
    exact = matching(ref, result.mentions)
    if exact:
        return exact
    words = fold(ref).split()

    def fits(name: str) -> bool:  # every word asked begins a word of the name
        parts = fold(name).split()
        return all(any(part.startswith(word) for part in parts) for word in words)

    return [i for i, m in enumerate(result.mentions) if words and any(fits(name) for name in m.names + m.aliases)]
