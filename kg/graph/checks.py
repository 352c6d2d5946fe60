"""What `kg validate` reports of a store: SHACL violations of every filing graph and the data-quality findings
the graphs hold, by code."""
from __future__ import annotations

from typing import TYPE_CHECKING

from kg.graph.vocab import KG

if TYPE_CHECKING:
    from kg.graph.store import GraphStore


def finding_counts(store: GraphStore) -> dict[str, int]:
    """How many data-quality findings of each code the filing graphs hold (the extractor's
    warnings and the mapping's findings: roster-ambiguous, unassigned-name, transactions-missing ...)."""
    query = (f"SELECT ?code (COUNT(?finding) AS ?n) WHERE {{ GRAPH ?g {{ ?finding a <{KG.DataQualityFinding}> ; "
             f"<{KG.findingCode}> ?code }} }} GROUP BY ?code ORDER BY ?code")
    return {row["code"].value: int(row["n"].value) for row in store.oxigraph.query(query)}


def validate(store: GraphStore) -> list:
    """SHACL violations of every filing graph in the store (kg.graph.shacl.Violation, plain words),
    plus one for each filing an interrupted build left to rebuild."""
    from kg.graph.shacl import Violation, validate_graphs

    problems = [Violation(graph="", focus=source, path=None, message="an interrupted build left this filing "
                          "out of the store: build it again") for source in store.recovered]
    names = store.filing_graphs()
    for start in range(0, len(names), 200):
        found = validate_graphs((name, store.lines(name)) for name in names[start:start + 200])
        problems += [violation for name in names[start:start + 200] for violation in found[name]]
    return problems
