"""Linking people and organisations across filings.

    mentions = mentions_from_store(store)             # or mentions_from_filings([...])
    result = resolve(mentions, load_judgements(path))  # judgements file optional
    result.entities, result.judgements
    write_links(store, result)                         # the links graph; filing graphs untouched
    update_links(store, judgements_path)               # all of it (kg.link.update; incremental too)

Steps: mentions -> blocking and features (people: kg.link.score, Splink + rapidfuzz;
organisations: kg.link.orgs, rules) -> judgements (same / different / unsure, with
score and reasons; the user's judgements file overrides) -> clusters (union-find: every
"different" is a cannot-link, so no merge goes through a third mention) -> canonical IRIs.
A cluster with a CIK is named by its CIK IRI; others `entity/<kind>/<slug>-<hash>` (the
hash of the cluster's first mention, so the IRI stays while mentions join).
"""
from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass, field

from kg.graph.mapping_base import cik_iri, slug
from kg.graph.vocab import INSTANCE_BASE
from kg.link.blocking import person_rows, score_pairs
from kg.link.cluster import Clusters, Override, matching, mention_index
from kg.link.mentions import ORGANIZATION, PERSON, Mention
from kg.link.orgs import org_judgements
from kg.link.score import COLUMNS, DIFFERENT_AT, MIN_CORPUS, SAME_AT, Scored, reasons


@dataclass
class Judgement:
    a: int
    b: int
    decision: str               # same | different | unsure
    decided_by: str             # model | rule | user
    score: float | None = None  # log2 odds (model)
    notes: list[str] = field(default_factory=list)   # rules and outcomes, in plain words
    levels: dict[str, int] | None = None              # the model's comparison levels
    merged: bool | None = None  # for "same": whether the clusters could be joined
    frequency: tuple[int, int] = (1, MIN_CORPUS)      # mentions with the pair's name, corpus size

    @property
    def reasons(self) -> list[str]:
        """The notes, then each compared feature with its weight (computed when asked)."""
        if self.levels is None:
            return list(self.notes)
        limits = f"same at >= {SAME_AT:+.0f}, different at <= {DIFFERENT_AT:+.0f}"
        scored = [*reasons(self.levels, *self.frequency), f"score {self.score:+.1f} ({limits})"]
        return self.notes[:1] + scored + self.notes[1:] if self.decided_by == "rule" else scored + self.notes

    @property
    def probability(self) -> float | None:
        return None if self.score is None else 1.0 / (1.0 + 2.0 ** -self.score)


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
    judgements: list[Judgement]
    entities: list[Entity]
    entity_of: list[int]        # mention index -> entity index


def resolve(mentions: list[Mention], overrides: list[Override] = (), pairs: Scored | None = None) -> Resolution:
    """Judge, cluster and name the entities of `mentions`; `pairs` (the candidate person pairs
    with their levels, kg.link.score.Scored over mention indexes) when already known."""
    people, quiet = person_judgements(mentions, pairs)
    rank = _ranks(mentions)  # one order of the mentions, however they came
    judgements = people + _org_rule_judgements(mentions, rank) + user_judgements(mentions, overrides)
    clusters = cluster(mentions, judgements, quiet, rank)
    return _entities(mentions, judgements, clusters, rank)


def person_pairs(mentions: list[Mention]) -> Scored:
    """The candidate pairs of the person mentions (left, right: indexes into `mentions`)."""
    people = [i for i, m in enumerate(mentions) if m.kind == PERSON]
    return score_pairs(mentions, rows=person_rows([mentions[i] for i in people], people))


def person_judgements(mentions: list[Mention], scored: Scored | None = None) -> tuple[list[Judgement], tuple]:
    """Judgements about the candidate pairs of people. Pairs judged different whose names
    are not even compatible are only returned as cannot-links (arrays a, b), not recorded."""
    import numpy as np

    scored = scored if scored is not None else person_pairs(mentions)
    keep = recorded(scored)
    a, b = scored.left, scored.right
    found = [decide(mentions[a[r]], mentions[b[r]], int(a[r]), int(b[r]), float(scored.score[r]),
                    scored.level_dict(r)) for r in np.flatnonzero(keep)]
    for j, r in zip(found, np.flatnonzero(keep)):
        j.frequency = (int(scored.count[r]), scored.corpus)
    return found, (a[~keep], b[~keep])


def recorded(scored: Scored):
    """Which candidate pairs become judgements: all but those judged different whose names
    do not even agree, which are only cannot-links (they can matter only between mentions
    that other judgements could bring together)."""
    import numpy as np

    level = {column: scored.levels[:, k] for k, column in enumerate(COLUMNS)}
    hard = (level["cik"] >= 1) | (level["filing"] == 0)
    different = np.where(hard, (level["cik"] == 2) | ((level["cik"] != 1) & (level["filing"] == 0)),
                         scored.score <= DIFFERENT_AT)
    return ~different | hard | (level["name"] <= 3)


def decide(left: Mention, right: Mention, a: int, b: int, score: float, levels: dict[str, int]) -> Judgement:
    """The model's decision, bounded by rules that no score overrides."""
    if left.cik and right.cik:
        decision = "same" if left.cik == right.cik else "different"
        return Judgement(a, b, decision, "rule", score, [f"{decision} CIK"], levels)
    if levels.get("filing") == 0:
        return Judgement(a, b, "different", "rule", score,
                         ["two entries of one roster or cover page are two people"], levels)
    decision = "same" if score >= SAME_AT else "different" if score <= DIFFERENT_AT else "unsure"
    notes = []
    if decision == "same" and levels.get("suffix") == 2:
        decision = "unsure"
        notes.append("capped at unsure: a generational suffix (Jr., III) on one side only may be father and son")
    return Judgement(a, b, decision, "model", score, notes, levels)


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


def cluster(mentions: list[Mention], judgements: list[Judgement], quiet: tuple = ((), ()),
            rank: list[int] | None = None) -> Clusters:
    """Cannot-links first (every "different"), then merges: the user's, the rules', then
    the model's by falling score; a merge that would break a cannot-link is refused."""
    clusters = Clusters(len(mentions), [m.cik for m in mentions])
    clusters.keep_apart(*quiet)
    forced = {frozenset((j.a, j.b)) for j in judgements if j.decided_by == "user" and j.decision == "same"}
    for j in judgements:
        if j.decision == "different" and (j.decided_by == "user" or frozenset((j.a, j.b)) not in forced):
            clusters.forbid(j.a, j.b)
    order = {"user": 0, "rule": 1, "model": 2}
    rank = rank if rank is not None else _ranks(mentions)
    for j in sorted((j for j in judgements if j.decision == "same"),  # one order, however the mentions came
                    key=lambda j: (order[j.decided_by], -round(j.score or 0.0, 6), *sorted((rank[j.a], rank[j.b])))):
        j.merged = clusters.union(j.a, j.b, force=j.decided_by == "user")
        if not j.merged:
            j.notes.append(f"not merged: {clusters.why_not(j.a, j.b)}")
    return clusters


def _ranks(mentions: list[Mention]) -> list[int]:
    """Each mention's place in (graph, IRI) order."""
    rank = [0] * len(mentions)
    for place, index in enumerate(sorted(range(len(mentions)), key=lambda i: (mentions[i].graph, mentions[i].iri))):
        rank[index] = place
    return rank


def _entities(mentions: list[Mention], judgements: list[Judgement], clusters: Clusters,
              rank: list[int]) -> Resolution:
    entities, entity_of = [], [0] * len(mentions)
    groups = [sorted(members, key=rank.__getitem__) for members in clusters.groups().values()]
    for members in sorted(groups, key=lambda g: rank[g[0]]):
        for i in members:
            entity_of[i] = len(entities)
        entities.append(_entity([mentions[i] for i in members], members))
    return Resolution(mentions, judgements, entities, entity_of)


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


def explain(result: Resolution, name: str) -> list[dict]:
    """Why mentions named `name` were or were not merged: their entities and every judgement
    that concerns them (pairs never compared share no blocking key)."""
    chosen = set(matching(name, result.mentions))
    rank = _ranks(result.mentions)
    found = []
    concerned = (j for j in result.judgements if j.a in chosen or j.b in chosen)
    for j in sorted(concerned, key=lambda j: (*sorted((rank[j.a], rank[j.b])), j.decided_by)):
        a, b = sorted((j.a, j.b), key=rank.__getitem__)
        found.append({"a": _describe(result, a), "b": _describe(result, b), "decision": j.decision,
                      "decided_by": j.decided_by, "score": None if j.score is None else round(j.score, 2),
                      "merged": j.merged, "reasons": j.reasons})
    return found


def _describe(result: Resolution, index: int) -> dict:
    m = result.mentions[index]
    return {"name": m.name, "mention": m.iri, "filing": m.filing,
            "entity": result.entities[result.entity_of[index]].iri}
