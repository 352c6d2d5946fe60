"""Collective evidence: what two person mentions share *by entity*, once the organisations
(and, round by round, the people) are resolved.

- organisation: the organisations a mention is tied to (issuer of its filing, the
  organisation it signs for, works for, whose roster or board lists it, whose post it
  holds), compared by the organisation entity each resolved to, not by name; and the
  organisations of its filing (issuer, filers, contacts' employers): one mention's
  organisation may be in the other's filing.
- associates: the people a mention is named with as co-filer (reporting persons of one
  filing) or signatory (signs for, or is signed for by), compared by person entity.

Sets are CSR arrays (offsets, values: ints); pairs are compared in chunks with numpy.
"""
from __future__ import annotations

from collections import defaultdict

from kg.link.mentions import ORGANIZATION, PERSON, Mention
from kg.link.score import COLUMNS

CHUNK = 1_000_000


def csr(sets: list, vocabulary: dict | None = None):
    """(offsets, values) of a list of iterables of hashables, numbered through `vocabulary`."""
    import numpy as np

    vocabulary = {} if vocabulary is None else vocabulary
    offsets = np.zeros(len(sets) + 1, dtype=np.int64)
    values = []
    for k, items in enumerate(sets):
        numbers = sorted({vocabulary.setdefault(item, len(vocabulary)) for item in items})
        values += numbers
        offsets[k + 1] = offsets[k] + len(numbers)
    return offsets, np.asarray(values, dtype=np.int64)


def sizes(sets) -> object:
    import numpy as np
    return np.diff(sets[0]) if len(sets[0]) else np.zeros(0, dtype=np.int64)


def shared(left, right, a, b):
    """For each pair, whether set a of the left mention and set b of the right one meet."""
    import numpy as np

    found = np.zeros(len(left), dtype=bool)
    (a_off, a_val), (b_off, b_val) = a, b
    if not len(a_val) or not len(b_val):
        return found
    width = int(max(a_val.max(), b_val.max())) + 1
    owners = np.repeat(np.arange(len(b_off) - 1, dtype=np.int64), np.diff(b_off))
    keys = np.sort(owners * width + b_val)
    for start in range(0, len(left), CHUNK):
        lefts, rights = left[start:start + CHUNK], right[start:start + CHUNK]
        counts = a_off[lefts + 1] - a_off[lefts]
        pair = np.repeat(np.arange(len(lefts), dtype=np.int64), counts)
        if not len(pair):
            continue
        first = np.repeat(a_off[lefts], counts)
        within = np.arange(len(pair), dtype=np.int64) - np.repeat(np.cumsum(counts) - counts, counts)
        query = rights[pair] * width + a_val[first + within]
        at = np.searchsorted(keys, query)
        hit = (at < len(keys)) & (keys[np.minimum(at, len(keys) - 1)] == query)
        found[start:start + len(lefts)] = np.bincount(pair[hit], minlength=len(lefts)) > 0
    return found


def org_levels(left, right, direct, context):
    """The organisation comparison's level of each pair (kg.link.score.CONTEXT_COMPARISONS)."""
    import numpy as np

    levels = np.full(len(left), 3, dtype=np.int8)
    has = sizes(context) > 0
    levels[shared(left, right, context, context)] = 2
    levels[shared(left, right, direct, direct)] = 1
    levels[~(has[left] & has[right])] = -1
    return levels


def associate_levels(left, right, associates):
    import numpy as np
    return np.where(shared(left, right, associates, associates), 1, -1).astype(np.int8)


def apply(scored, direct, context, associates=None, chains=None) -> None:
    """Fill the context columns of `scored` (pairs over the mentions the sets describe) and
    score again; `chains`: (roles in filing chains, graph numbers) of kg.link.chains.chain_sets."""
    import numpy as np

    scored.levels[:, COLUMNS.index("orgs")] = org_levels(scored.left, scored.right, direct, context)
    if associates is not None:
        scored.levels[:, COLUMNS.index("associates")] = associate_levels(scored.left, scored.right, associates)
    if chains is not None:
        roles, graph_of = chains
        graph_of = np.asarray(graph_of, dtype=np.int64)
        across = graph_of[scored.left] != graph_of[scored.right]
        scored.levels[:, COLUMNS.index("chain")] = np.where(
            across & shared(scored.left, scored.right, roles, roles), 1, -1).astype(np.int8)
    scored.rescore()


def org_sets(mentions: list[Mention], entity_of: list[int]):
    """(direct, context) organisation sets of every mention, by organisation entity
    (`entity_of`: mention index -> entity number); a tie to an organisation that is no
    mention counts by its normalised name."""
    at = {(m.graph, m.iri): i for i, m in enumerate(mentions) if m.kind == ORGANIZATION}
    of_graph: dict[str, set] = defaultdict(set)
    for i, m in enumerate(mentions):
        if m.kind == ORGANIZATION:
            of_graph[m.graph].add(("e", entity_of[i]))
    direct, context = [], []
    for m in mentions:
        if m.kind != PERSON:
            direct.append(()), context.append(())
            continue
        tied = {("e", entity_of[at[(m.graph, node)]]) for node in m.ties if (m.graph, node) in at}
        if not m.ties:
            tied = {("n", key) for key in m.orgs}
        direct.append(tied)
        context.append(tied | of_graph.get(m.graph, set()))
    vocabulary: dict = {}
    return csr(direct, vocabulary), csr(context, vocabulary)


def associate_sets(mentions: list[Mention], entity_of: list[int]):
    """Each person mention's associates (co-filers, signatories) by person entity."""
    at = {(m.graph, m.iri): i for i, m in enumerate(mentions) if m.kind == PERSON}
    sets = []
    for i, m in enumerate(mentions):
        found = {entity_of[at[(m.graph, node)]] for node in m.associates if (m.graph, node) in at}
        found.discard(entity_of[i])
        sets.append(found)
    return csr(sets)


def entity_counts(keys, labels):
    """For each mention, how many entities (distinct labels) carry its name key: a name's
    frequency counted by entity, so that a prolific filer's name is not taken for a
    common one (keys: int per mention, -1 for none)."""
    import numpy as np

    keys, labels = np.asarray(keys, dtype=np.int64), np.asarray(labels, dtype=np.int64)
    counts = np.ones(len(keys), dtype=np.int64)
    named = keys >= 0
    if not named.any():
        return counts
    distinct = np.unique(np.stack([keys[named], labels[named]], axis=1), axis=0)
    per_key = np.bincount(distinct[:, 0], minlength=int(keys.max()) + 1)
    counts[named] = per_key[keys[named]]
    return counts


def first_contexts(ciks, direct) -> list:
    """A first guess at each mention's entity, before any is resolved: its CIK, else its
    first organisation, else itself (for counting names by entity in the first round)."""
    offsets, values = direct
    found = []
    for k, cik in enumerate(ciks):
        if cik:
            found.append(("c", cik))
        elif offsets[k + 1] > offsets[k]:
            found.append(("o", int(values[offsets[k]])))
        else:
            found.append(("m", k))
    numbers: dict = {}
    return [numbers.setdefault(item, len(numbers)) for item in found]


def name_people(keys, ciks, middles, givens, families, direct=None) -> object:
    """For each mention, an estimate of how many people carry its given and family name (a
    name weighs by the people who carry it, not by how often it is printed: a prolific
    filer's name is no common name): at least the distinct CIKs printed with it plus the
    distinct middle initials never printed beside a CIK; at least what the parts predict,
    the given name's share of the mentions times the people of that family name (distinct
    given names and initials seen with it); and at least the organisations it is printed
    at, divided by how many organisations one person is seen at (measured on the people
    with a CIK, 1 to 3)."""
    import numpy as np
    import pandas as pd

    keys = np.asarray(keys, dtype=np.int64)
    counts = np.ones(len(keys), dtype=np.float64)
    people = np.flatnonzero(keys >= 0)
    if not len(people):
        return counts
    frame = pd.DataFrame({"key": keys[people], "cik": pd.array([ciks[k] for k in people], dtype="string"),
                          "middle": [middles[k][:1] for k in people], "given": [givens[k] for k in people],
                          "family": [families[k] for k in people]})
    with_cik = frame[frame["cik"].notna()]
    ids = with_cik.groupby("key")["cik"].nunique()
    tied = set(zip(with_cik["key"], with_cik["middle"]))
    free = frame[frame["cik"].isna() & (frame["middle"] != "")].drop_duplicates(["key", "middle"])
    untied = np.array([pair not in tied for pair in zip(free["key"], free["middle"])], dtype=bool)
    free = free[untied].groupby("key").size()
    lower = np.maximum(frame["key"].map(ids).fillna(0).to_numpy() + frame["key"].map(free).fillna(0).to_numpy(), 1)
    share = frame["given"].map(frame["given"].value_counts()).to_numpy() / len(frame)
    family_people = frame.drop_duplicates(["family", "given", "middle"]).groupby("family").size()
    estimate = np.maximum(lower, share * frame["family"].map(family_people).to_numpy())
    if direct is not None and len(direct[1]):
        offsets, values = direct
        sizes_of = np.diff(offsets)[people]
        owner = np.repeat(np.arange(len(people)), sizes_of)
        starts = np.repeat(offsets[people], sizes_of)
        within = np.arange(len(owner)) - np.repeat(np.cumsum(sizes_of) - sizes_of, sizes_of)
        places = pd.DataFrame({"key": frame["key"].to_numpy()[owner], "org": values[starts + within],
                               "cik": frame["cik"].to_numpy()[owner]})
        per_key = places.drop_duplicates(["key", "org"]).groupby("key").size()
        known = places[places["cik"].notna()].drop_duplicates(["cik", "org"])
        spread = min(max(len(known) / known["cik"].nunique(), 1.0), 3.0) if len(known) else 1.0
        estimate = np.maximum(estimate, frame["key"].map(per_key).fillna(0).to_numpy() / spread)
    counts[people] = estimate
    return counts