"""Filing chains: a Schedule 13D (or 13G, TO) and its amendments, filed about one issuer by
the same filers. The same role at the same organisation in two filings of one chain is
evidence that two person mentions are one person (kg.link.score, comparison "chain"):
the signer for Barberry Corp. in Amendment No. 84 and in No. 85, a reporting person of
both, the vice president of one filer in both rosters.

A chain is found without the people being linked: filings of one form family (the lookup
table kg/lookups/filing_chains.yml) whose issuer is one organisation entity and that share
a reporting person known without linking people (a CIK, or an organisation entity), joined
transitively. A mention's roles in its chain are its posts (a title held at an
organisation, signing for one; by organisation entity) and its part in the filing
(reporting person, signer, contact). Two mentions of one filing are never compared this way.
"""
from __future__ import annotations

from kg.link.context import csr
from kg.link.mentions import ORGANIZATION, PERSON, Mention
from kg.lookups import FILING_CHAINS

FILING_ROLES = ("reporting-person", "signer", "contact")


def chains_of(mentions: list[Mention], entity_of: list[int]) -> dict[str, int]:
    """Each filing graph of a chain -> its chain number (graphs of no chain are left out)."""
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import connected_components

    issuer: dict[str, int] = {}
    family = {m.graph: FILING_CHAINS.get(m.form or "") for m in mentions}
    for i, m in enumerate(mentions):
        if m.kind == ORGANIZATION and "issuer" in m.roles:
            issuer.setdefault(m.graph, entity_of[i])
    graphs = sorted(g for g in issuer if family[g])
    number = {g: k for k, g in enumerate(graphs)}
    keys: dict[tuple, int] = {}
    left, right = [], []
    for i, m in enumerate(mentions):
        if m.graph not in number or "reporting-person" not in m.roles:
            continue
        filer = ("c", m.cik) if m.cik else ("e", entity_of[i]) if m.kind == ORGANIZATION else None
        if filer is None:
            continue
        key = (family[m.graph], issuer[m.graph], filer)
        left.append(keys.setdefault(key, number[m.graph]))
        right.append(number[m.graph])
    if not graphs:
        return {}
    size = len(graphs)
    _, component = connected_components(coo_matrix(([1] * len(left), (left, right)), shape=(size, size)),
                                        directed=False)
    return {g: int(component[number[g]]) for g in graphs}


def chain_sets(mentions: list[Mention], entity_of: list[int]):
    """(CSR sets of each mention's roles in its chain, each mention's graph number): a role is
    (chain, organisation entity, title or "signer") or (chain, part in the filing)."""
    chain = chains_of(mentions, entity_of) if any(m.form in FILING_CHAINS for m in mentions) else {}
    at = {(m.graph, m.iri): i for i, m in enumerate(mentions) if m.kind == ORGANIZATION}
    graphs: dict[str, int] = {}
    sets, graph_of = [], []
    for m in mentions:
        graph_of.append(graphs.setdefault(m.graph, len(graphs)))
        number = chain.get(m.graph)
        if number is None or m.kind != PERSON:
            sets.append(())
            continue
        roles = {(number, role) for role in FILING_ROLES if role in m.roles}
        for post in m.posts:
            node, _, role = post.partition("\t")
            if (m.graph, node) in at:
                roles.add((number, entity_of[at[(m.graph, node)]], role))
        sets.append(roles)
    return csr(sets), graph_of
