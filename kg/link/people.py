"""People, round by round: decisions from scores and rules, clusters with constraints, and
the evidence clusters give back (kg.link.resolve drives it; kg.link.context computes the
evidence by entity). Arrays throughout: a million candidate pairs are no million objects.
"""
from __future__ import annotations

from kg.link.cluster import constrained_labels
from kg.link.context import apply
from kg.link.mentions import PERSON, Mention
from kg.link.score import COLUMNS, DIFFERENT_AT, SAME_AT, Scored

DIFFERENT, UNSURE, SAME = 0, 1, 2
DECISIONS = ("different", "unsure", "same")
MODEL, CIK_RULE, ROSTER_RULE, SUFFIX_RULE = 0, 1, 2, 3
RULE_NOTES = {ROSTER_RULE: "two entries of one roster or cover page are two people",
              SUFFIX_RULE: "at most unsure: a generational suffix (Jr., III) on one side only may be father and son"}
MAX_ROUNDS = 5
RARE_NAME = 2   # a mention alone weighs an entity's size only when its name is carried by at most this many people
_CIK, _FILING, _SUFFIX, _ENTITY = (COLUMNS.index(c) for c in ("cik", "filing", "suffix", "entity"))


def rounds(pairs, direct, context, keys, ciks, names, clusterer, associates=None, chains=None):
    """Score, decide and cluster, round after round, with the evidence the clusters give
    (associates by person entity), until the clusters stop changing (MAX_ROUNDS at most).
    Exact names weigh by the people who carry them (kg.link.context.name_people); `chains`:
    roles in filing chains (kg.link.chains.chain_sets)."""
    import numpy as np

    from kg.link.context import name_people

    pairs.levels[:, _ENTITY] = -1   # no clusters yet (levels saved by an earlier link are not this link's)
    apply(pairs, direct, context, None, chains)
    pairs.count = name_people(keys, ciks, *names, direct)[pairs.left]
    pairs.rescore()
    previous, rounds = None, 0
    while True:
        rounds += 1
        decision, rule = decide(pairs)
        labels, merged = clusterer((pairs, decision, rule))
        canonical = _canonical(labels)
        if rounds == MAX_ROUNDS or (previous is not None and np.array_equal(canonical, previous)):
            return labels, decision, rule, merged, rounds
        previous = canonical
        pairs.levels[:, _ENTITY] = entity_levels(pairs, canonical, direct)
        apply(pairs, direct, context, None if associates is None else associates(labels), chains)


def entity_levels(pairs: Scored, labels, direct):
    """The entity-size level of each pair (kg.link.score ENTITY_SIZES), from the clusters of
    the round before (`labels`: canonical): where one mention is alone (its cluster is
    itself, or the other's cluster with it), the names do not conflict and the mention's
    organisations (`direct`, by entity) are none or among the other entity's, the size of
    the other's entity without it. The prior of a pair is that of two mentions of the
    corpus; a mention is one of a large entity's more often than of a small one's, in
    proportion to the entity's mentions (Carl C. Icahn printed without his CIK beside his
    many filings). Two entities of several mentions each get nothing from their sizes."""
    import numpy as np

    from kg.link.context import shared, sizes
    from kg.link.score import ENTITY_SIZES, count_bucket

    labels = np.asarray(labels, dtype=np.int32)
    size = np.bincount(labels, minlength=len(labels)).astype(np.int32)
    found = np.full(len(pairs), -1, dtype=np.int8)
    la, lb = labels[pairs.left], labels[pairs.right]
    sa, sb = size[la], size[lb]
    together = la == lb
    other = np.where(together, sa - 1, np.where(sa == 1, sb, np.where(sb == 1, sa, 0)))
    del sb
    chosen = np.flatnonzero((other >= ENTITY_SIZES[0]) & (count_bucket(pairs.count) <= RARE_NAME))
    chosen = chosen[~_conflict(pairs.levels[chosen])]
    alone = np.where(sa[chosen] == 1, pairs.left[chosen], pairs.right[chosen])
    entity = np.where(sa[chosen] == 1, lb[chosen], la[chosen]).astype(np.int64)
    orgs = _entity_sets(labels, direct)
    against = ~together[chosen] & (sizes(direct)[alone] > 0) & (sizes(orgs)[entity] > 0) \
        & ~shared(alone, entity, direct, orgs)
    chosen = chosen[~against]
    found[chosen] = np.searchsorted(np.asarray(ENTITY_SIZES), other[chosen], side="right")
    return found


def _entity_sets(labels, sets):
    """The union of the mentions' sets (CSR) per entity (label)."""
    import numpy as np

    offsets, values = sets
    if not len(values):
        return np.zeros(len(labels) + 1, dtype=np.int64), values
    width = int(values.max()) + 1
    owner = np.repeat(np.arange(len(offsets) - 1, dtype=np.int64), np.diff(offsets))
    keys = np.unique(labels[owner].astype(np.int64) * width + values)
    counts = np.bincount(keys // width, minlength=len(labels))
    return np.concatenate([[0], np.cumsum(counts)]).astype(np.int64), keys % width


def name_keys(mentions: list[Mention]):
    """Each person mention's given and family name as a number, in either order (-1: not a
    person), and its middle initials, given and family names."""
    from kg.link.names import person_name

    numbers: dict = {}
    found, middles, givens, families = [], [], [], []
    for m in mentions:
        name = person_name(m.name) if m.kind == PERSON else None
        found.append(numbers.setdefault(tuple(sorted((name.given, name.family))), len(numbers)) if name else -1)
        middles.append(name.middle if name else "")
        givens.append(name.given if name else "")
        families.append(name.family if name else "")
    return found, (middles, givens, families)


def decide(pairs: Scored):
    """(decision, rule) of each pair: rules no score overrides (both CIKs known: same or
    different; two entries of one roster or cover page: different; a generational suffix
    on one side only: at most unsure), else the score against the thresholds."""
    import numpy as np

    cik, filing, suffix = pairs.levels[:, _CIK], pairs.levels[:, _FILING], pairs.levels[:, _SUFFIX]
    model = np.where(pairs.score >= SAME_AT, SAME, np.where(pairs.score <= DIFFERENT_AT, DIFFERENT, UNSURE))
    rule = np.where(cik >= 1, CIK_RULE, np.where(filing == 0, ROSTER_RULE,
                    np.where((suffix == 2) & (model == SAME), SUFFIX_RULE, MODEL))).astype(np.int8)
    decision = np.where(rule == CIK_RULE, np.where(cik == 1, SAME, DIFFERENT),
                        np.where(rule == ROSTER_RULE, DIFFERENT, np.where(rule == SUFFIX_RULE, UNSURE, model)))
    return decision.astype(np.int8), rule


def resolve_people(rows, direct, context, engine: str = "duckdb"):
    """People alone, from scorer rows (kg.link.rows; unique_id k = row k) and their
    organisation sets (kg.link.context.csr): (labels, pairs, decision). The path of
    `resolve` for people, without Mention objects (the synthetic benchmark's million)."""
    from kg.link.blocking import candidate_levels
    from kg.link.rows import mark_common, name_counts, scored_pairs

    counts = name_counts(rows)
    mark_common(rows, counts)
    pairs = scored_pairs(rows, *candidate_levels(rows, engine=engine), counts)
    order = sorted(range(len(rows["unique_id"])), key=lambda k: (rows["graph"][k], rows["iri"][k]))
    rank = [0] * len(order)
    for place, k in enumerate(order):
        rank[k] = place
    numbers: dict = {}
    keys = [numbers.setdefault(tuple(sorted(key)), len(numbers)) for key in zip(rows["given"], rows["family"])]
    labels, decision, _, _, _ = rounds(pairs, direct, context, keys, rows["cik"],
                                        (rows["middle"], rows["given"], rows["family"]),
                                        lambda model: cluster(len(rank), rows["cik"], model, [], rank,
                                                               [f"{g}|{f}" for g, f in zip(rows["given"], rows["family"])]))
    return labels, pairs, decision


def cluster(size: int, ciks: list, model, extra: list, rank: list[int], given: list[str] | None = None):
    """Labels (and per model pair, merged) of the mentions: the user's merges first, then the
    rules', then the model's by falling score; cannot-links: the rules' and the user's "different", and the model's where names conflict (but where
    the user said same)."""
    import numpy as np

    order = {"user": 0, "rule": 1, "model": 2}
    forced = {frozenset((j.a, j.b)) for j in extra if j.decided_by == "user" and j.decision == "same"}
    same = [j for j in extra if j.decision == "same"]
    apart = [(j.a, j.b) for j in extra if j.decision == "different"
             and (j.decided_by == "user" or frozenset((j.a, j.b)) not in forced)]
    left = [j.a for j in same]
    right = [j.b for j in same]
    key1 = [order[j.decided_by] for j in same]
    key2 = [0] * len(same)
    a_left, a_right = [a for a, _ in apart], [b for _, b in apart]
    rank_array = np.asarray(rank, dtype=np.int64)
    if model is not None:
        pairs, decision, rule = model
        chosen = np.flatnonzero(decision == SAME)
        left = np.concatenate([np.asarray(left, dtype=np.int64), pairs.left[chosen]])
        right = np.concatenate([np.asarray(right, dtype=np.int64), pairs.right[chosen]])
        key1 = np.concatenate([np.asarray(key1, dtype=np.int64), np.where(rule[chosen] == MODEL, 2, 1)])
        key2 = np.concatenate([np.asarray(key2, dtype=np.int64), -pairs.score[chosen].astype(np.int64)])
        different = np.flatnonzero((decision == DIFFERENT) & ((rule != MODEL) | _conflict(pairs.levels)))
        if forced:
            different = np.array([r for r in different.tolist()
                                  if frozenset((int(pairs.left[r]), int(pairs.right[r]))) not in forced],
                                 dtype=np.int64)
        a_left = np.concatenate([np.asarray(a_left, dtype=np.int64), pairs.left[different]])
        a_right = np.concatenate([np.asarray(a_right, dtype=np.int64), pairs.right[different]])
    left, right = np.asarray(left, dtype=np.int64), np.asarray(right, dtype=np.int64)
    low, high = np.minimum(rank_array[left], rank_array[right]), np.maximum(rank_array[left], rank_array[right])
    order_index = np.lexsort((high, low, np.asarray(key2), np.asarray(key1)))  # one order, however the mentions came
    force = np.asarray(key1)[order_index] == 0
    labels, merged = constrained_labels(size, left[order_index], right[order_index], force, a_left, a_right, ciks,
                                        given)
    merged_in_order = np.empty_like(merged)
    merged_in_order[order_index] = merged
    for k, j in enumerate(same):
        j.merged = bool(merged_in_order[k])
        if not j.merged and not any(n.startswith("not merged") for n in j.notes):
            j.notes.append("not merged: the two clusters hold mentions judged different, or different CIKs")
    if model is None:
        return labels, None
    pair_merged = np.zeros(len(model[0]), dtype=bool)
    pair_merged[chosen] = merged_in_order[len(same):]
    return labels, pair_merged


def _conflict(levels):
    """Model pairs whose "different" is a cannot-link: conflicting given names, middle
    initials or suffixes (John A. Smith, John B. Smith; James and John Smith, so that
    "J. Smith" cannot chain them). Other "different" pairs only make no merge, so
    that one weak pair between two large clusters of one person does not keep them apart."""
    name = levels[:, COLUMNS.index("name")]
    return (levels[:, COLUMNS.index("middle")] == 3) | (levels[:, COLUMNS.index("suffix")] == 3) | (name >= 5)


def _canonical(labels):
    """Labels as the smallest member of each cluster (comparable between rounds)."""
    import numpy as np
    _, first, inverse = np.unique(labels, return_index=True, return_inverse=True)
    return first[inverse]
