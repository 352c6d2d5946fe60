"""Linking people and organisations across filings.

    mentions = mentions_from_store(store)             # or mentions_from_filings([...])
    result = resolve(mentions, load_judgements(path))  # judgements file optional
    result.entities, result.entity_of
    update_links(store, judgements_path)               # the links graph (kg.link.update)

Steps: organisations first (kg.link.orgs: CIK, CUSIP, normalised name; the user's
judgements) -> candidate person pairs (kg.link.blocking: Splink on DuckDB or Spark) ->
organisation evidence by entity (kg.link.context) -> scores and decisions (same /
different / unsure; rules no score overrides: different CIKs, two entries of one roster)
-> clusters (union-find with cannot-links) -> associates by person entity -> scores and
clusters again, until the clusters stop changing -> canonical IRIs. A cluster with a CIK
is named by its CIK IRI; others `entity/<kind>/<slug>-<hash>` (the hash of the cluster's
first mention, so the IRI stays while mentions join).

Decisions are arrays over the candidate pairs (a million pairs are no million objects);
`Judgement` objects are made only for what is explained or reviewed.
"""
from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass, field

from kg.graph.mapping_base import cik_iri, slug
from kg.graph.vocab import INSTANCE_BASE
from kg.link.chains import chain_sets
from kg.link.cluster import Override, matching, mention_index
from kg.link.context import associate_sets, org_sets
from kg.link.mentions import ORGANIZATION, PERSON, Mention
from kg.link.orgs import org_judgements
from kg.link.people import (  # noqa: F401 (DIFFERENT, SAME, UNSURE: the decisions, for callers)
    CIK_RULE,
    DECISIONS,
    DIFFERENT,
    MODEL,
    RULE_NOTES,
    SAME,
    UNSURE,
    cluster,
    name_keys,
    resolve_people,
    rounds,
)
from kg.link.score import DIFFERENT_AT, MIN_CORPUS, SAME_AT, Scored, bits, reasons


@dataclass
class Judgement:
    a: int
    b: int
    decision: str               # same | different | unsure | skip (the user's only)
    decided_by: str             # model | rule | user
    score: int | None = None    # tenths of a bit (model)
    notes: list[str] = field(default_factory=list)   # rules and outcomes, in plain words
    levels: dict[str, int] | None = None              # the model's comparison levels
    merged: bool | None = None  # for "same": whether the clusters could be joined
    frequency: tuple[int, int] = (1, MIN_CORPUS)      # mentions with the pair's name, corpus size

    @property
    def weights(self) -> list[tuple[str, int]]:
        return [] if self.levels is None else reasons(self.levels, *self.frequency)

    @property
    def reasons(self) -> list[str]:
        """The notes and each compared feature with its weight; the weights add up to the score."""
        if self.levels is None:
            return list(self.notes)
        lines = [f"{text}: {bits(weight)}" for text, weight in self.weights]
        if self.decided_by == "rule":
            return self.notes[:1] + lines + [f"model score {bits(self.score)} (not used: the rule decides)"] \
                + self.notes[1:]
        limits = f"same at >= {bits(SAME_AT)}, different at <= {bits(DIFFERENT_AT)}"
        return lines + [f"score {bits(self.score)} ({limits}): {self.decision}"] + self.notes

    @property
    def probability(self) -> float | None:
        return None if self.score is None else 1.0 / (1.0 + 2.0 ** (-self.score / 10))


@dataclass
class Entity:
    iri: str
    kind: str
    members: list[int]
    names: list[str]
    filings: list[str]


@dataclass
class Resolution:
    mentions: list[Mention]
    entities: list[Entity]
    entity_of: list[int]          # mention index -> entity index
    pairs: Scored                 # candidate person pairs (mention indexes), levels and scores
    decision: object              # per pair: DIFFERENT / UNSURE / SAME
    rule: object                  # per pair: MODEL / CIK_RULE / ROSTER_RULE
    merged: object                # per pair: a "same" that was merged
    extra: list[Judgement]        # the organisation rules' and the user's judgements
    rounds: int = 1
    rank: list[int] = field(default_factory=list)   # each mention's place in (graph, IRI) order

    def judgement(self, row: int) -> Judgement:
        p = self.pairs
        rule = int(self.rule[row])
        decision = DECISIONS[int(self.decision[row])]
        notes = [] if rule == MODEL else [f"{decision} CIK" if rule == CIK_RULE else RULE_NOTES[rule]]
        if decision == "same" and not self.merged[row]:
            notes.append("not merged: the two clusters hold mentions judged different, or different CIKs")
        return Judgement(int(p.left[row]), int(p.right[row]), decision, "model" if rule == MODEL else "rule",
                         int(p.score[row]), notes, p.level_dict(row), bool(self.merged[row]) if decision == "same"
                         else None, (int(p.count[row]), p.corpus))

    @property
    def judgements(self) -> list[Judgement]:
        """Every judgement (small corpora; see judgements_about)."""
        return [self.judgement(r) for r in range(len(self.pairs))] + self.extra

    def judgements_about(self, chosen) -> list[Judgement]:
        import numpy as np
        chosen_array = np.fromiter(chosen, dtype=np.int64)
        rows = np.flatnonzero(np.isin(self.pairs.left, chosen_array) | np.isin(self.pairs.right, chosen_array))
        return [self.judgement(int(r)) for r in rows] + [j for j in self.extra if j.a in chosen or j.b in chosen]


def resolve(mentions: list[Mention], overrides: list[Override] = (), pairs: Scored | None = None,
            engine: str = "duckdb") -> Resolution:
    """Judge, cluster and name the entities of `mentions`; `pairs` (the candidate person pairs
    with their Splink levels, over mention indexes) when already known."""

    rank = _ranks(mentions)
    extra = _org_rule_judgements(mentions, rank) + user_judgements(mentions, overrides)
    pairs = pairs if pairs is not None else person_pairs(mentions, engine)
    ciks = [m.cik for m in mentions]
    organisations, _ = cluster(len(mentions), ciks, None, extra, rank)
    direct, context = org_sets(mentions, organisations.tolist())
    keys, names = name_keys(mentions)
    labels, decision, rule, merged, passes = rounds(
        pairs, direct, context, keys, ciks, names,
        lambda model: cluster(len(mentions), ciks, model, extra, rank, [f"{g}|{f}" for g, f in zip(*names[1:])]),
        lambda labels: associate_sets(mentions, labels.tolist()), chain_sets(mentions, organisations.tolist()))
    return _entities(mentions, pairs, decision, rule, merged, extra, labels, rank, passes)


def person_pairs(mentions: list[Mention], engine: str = "duckdb") -> Scored:
    """The candidate pairs of the person mentions (left, right: indexes into `mentions`)."""
    from kg.link.blocking import candidate_levels
    from kg.link.rows import mark_common, name_counts, person_rows, scored_pairs

    people = [i for i, m in enumerate(mentions) if m.kind == PERSON]
    rows = person_rows([mentions[i] for i in people], people, mentions)
    counts = name_counts(rows)
    mark_common(rows, counts)
    return scored_pairs(rows, *candidate_levels(rows, engine=engine), counts)


def _org_rule_judgements(mentions: list[Mention], rank: list[int]) -> list[Judgement]:
    # rules chain each group from its first member: in rank order
    orgs = sorted((i for i, m in enumerate(mentions) if m.kind == ORGANIZATION), key=rank.__getitem__)
    return [Judgement(a, b, decision, "rule", None, [reason])
            for a, b, decision, reason in org_judgements(mentions, orgs) if a != b]


def user_judgements(mentions: list[Mention], overrides) -> list[Judgement]:
    found = []
    index = mention_index(mentions) if overrides else {}
    for override in overrides:
        left = matching(override.a, mentions, override.filing, index)
        right = matching(override.b, mentions, override.filing, index)
        note = f"judgements file line {override.line}" + (f": {override.note}" if override.note else "")
        found += [Judgement(a, b, override.decision, "user", None, [note]) for a in left for b in right if a != b]
    return found


def _ranks(mentions: list[Mention]) -> list[int]:
    """Each mention's place in (graph, IRI) order."""
    rank = [0] * len(mentions)
    for place, index in enumerate(sorted(range(len(mentions)), key=lambda i: (mentions[i].graph, mentions[i].iri))):
        rank[index] = place
    return rank


def _entities(mentions, pairs, decision, rule, merged, extra, labels, rank, rounds) -> Resolution:
    groups: dict[int, list[int]] = {}
    for i, label in enumerate(labels.tolist()):
        groups.setdefault(label, []).append(i)
    entities, entity_of = [], [0] * len(mentions)
    for members in sorted((sorted(g, key=rank.__getitem__) for g in groups.values()), key=lambda g: rank[g[0]]):
        for i in members:
            entity_of[i] = len(entities)
        entities.append(_entity([mentions[i] for i in members], members))
    return Resolution(mentions, entities, entity_of, pairs, decision, rule, merged, extra, rounds, rank)


def _entity(members: list[Mention], indexes: list[int]) -> Entity:
    kind = Counter(m.kind for m in members).most_common(1)[0][0]
    names = list(dict.fromkeys(name for m in members for name in m.names))
    ciks = sorted({m.cik for m in members if m.cik})
    if ciks:
        iri = str(cik_iri(ciks[0]))
    else:
        first = min(members, key=lambda m: (m.graph, m.iri))
        common = Counter(m.name for m in members).most_common(1)[0][0]
        digest = hashlib.sha1(f"{first.graph} {first.iri}".encode()).hexdigest()[:10]
        iri = f"{INSTANCE_BASE}entity/{'person' if kind == PERSON else 'org'}/{slug(common)[:60]}-{digest}"
    filings = list(dict.fromkeys(m.filing for m in members))
    return Entity(iri, kind, indexes, names, filings)


def explain(result: Resolution, chosen) -> list[dict]:
    """Why the mentions `chosen` (indexes) were or were not merged: their entities and every
    judgement that concerns them (pairs never compared share no blocking key)."""
    rank = result.rank
    found = []
    for j in sorted(result.judgements_about(set(chosen)),
                    key=lambda j: (*sorted((rank[j.a], rank[j.b])), j.decided_by)):
        a, b = sorted((j.a, j.b), key=rank.__getitem__)
        found.append({"a": describe(result, a), "b": describe(result, b), "decision": j.decision,
                      "decided_by": j.decided_by, "score": None if j.score is None else j.score / 10,
                      "merged": j.merged, "reasons": j.reasons,
                      "weights": [{"reason": text, "weight": weight / 10} for text, weight in j.weights]})
    return found


def describe(result: Resolution, index: int) -> dict:
    m = result.mentions[index]
    return {"name": m.name, "mention": m.iri, "filing": m.filing, "graph": m.graph,
            "entity": result.entities[result.entity_of[index]].iri}
