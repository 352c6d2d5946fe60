"""Keeping the links current. `kg link` resolves every mention of the store. `kg build`,
given the filing graphs it wrote and the state saved beside the store (kg.link.state):

1. reads only those graphs' mentions (SPARQL scoped to them) and drops the ones they
   replace;
2. compares the new person mentions with the ones sharing a blocking key (Splink, new
   pairs only); earlier pairs keep their saved comparison levels;
3. finds the connected components (candidate pairs, organisation rules, the user's
   judgements) that hold a new, dropped or touched mention, and judges, clusters and
   names only those: clusters never cross components, so the others cannot change;
4. rewrites only the nodes of the links graph that changed.

Scores depend on the corpus size in doublings and on the judgements file: when either
changes, every component is judged again (from the saved levels; no string comparison).
The result equals a full `kg link` (tested). `kg explain` resolves only the components
of the mentions asked about.
"""
from __future__ import annotations

import hashlib
import logging
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from kg.errors import InputError
from kg.link.blocking import (
    blocking_keys,
    candidate_levels,
    mark_common,
    name_counts,
    pair_counts,
    paired,
    person_rows,
    scored,
)
from kg.link.cluster import load_judgements, matching
from kg.link.links_graph import mention_key, write_links
from kg.link.mentions import ORGANIZATION, PERSON, Mention, mentions_from_store
from kg.link.orgs import org_judgements
from kg.link.resolve import Resolution, recorded, resolve, user_judgements
from kg.link.score import Scored, corpus_size
from kg.link.state import LinkState, clear_state, last_judgements, load_state, save_state, saved_written

log = logging.getLogger(__name__)


@dataclass
class LinkUpdate:
    result: Resolution        # the resolution of the mentions linked again (all of them unless incremental)
    mentions: int             # mentions in the store
    entities: dict[str, int]  # entities in the store, by kind
    incremental: bool


def update_links(store, judgements_path: str | None = None, changed: list[str] | None = None) -> LinkUpdate:
    """Resolve and write the links graph: incrementally when `changed` (the filing graphs
    just written) is given and the saved state covers every other filing graph, else all.
    Without `judgements_path`, the judgements file of the last update is read again (as it
    is now), so that forced decisions stay in force; `""` means none."""
    judgements_path = _judgements_file(store, judgements_path)
    overrides = load_judgements(judgements_path) if judgements_path else []
    current = set(store.filing_graphs())
    saved = load_state(store) if changed is not None else None
    previous = saved.written if saved is not None else saved_written(store)  # what the links graph holds
    grown = _incremental(store, saved, current, set(changed or ()), overrides) if saved is not None else None
    if grown is None:
        if changed is not None and store.folder is not None:
            log.info("%s: linking every mention of the store again", store.location)
        state, removed, seeds = _fresh(store), set(), None
    else:
        state, removed, seeds = grown
    pairs = scored(state.rows, state.left, state.right, state.levels)
    part = _affected(state, overrides, seeds, pairs)
    result = _resolve_part(state, part, overrides, pairs)
    for k, index in enumerate(part):
        state.entity[index] = result.entities[result.entity_of[k]].iri
    clear_state(store)  # an interrupted write must not leave a state that disagrees with the graph
    scope = None if seeds is None else removed | {mention_key(state.mentions[i]) for i in part}
    state.written = write_links(store, result, previous, scope)
    state.graphs, state.corpus, state.overrides = current, corpus_size(len(state.rows)), _digest(overrides)
    state.judgements = str(Path(judgements_path).resolve()) if judgements_path else ""
    save_state(store, state)
    return LinkUpdate(result, len(state.mentions), _entity_kinds(state), grown is not None)


def _incremental(store, state: LinkState, current: set[str], changed: set[str], overrides):
    """(state with the changed graphs' mentions, keys of the mentions dropped, seeds: the
    mentions to judge again with their components, None for all) or None when the saved
    state cannot be brought up to date (it does not cover the other graphs; a common name's
    representative goes, or a common name becomes rare again: their pairs were not all made)."""
    if not state.usable(current, changed):
        return None
    if any(row["leads"] and state.mentions[row["unique_id"]].graph in changed for row in state.rows):
        return None
    removed = {mention_key(m) for m in state.mentions if m.graph in changed}
    state, touched = state.without(changed)
    start = len(state.mentions)
    state = _grow(store, state, sorted(changed))
    if state is None:
        return None
    seeds = touched + list(range(start, len(state.mentions)))
    if corpus_size(len(state.rows)) != state.corpus or _digest(overrides) != state.overrides:
        seeds = None  # every score moves: judge every component again (from the saved levels)
    return state, removed, seeds


def current_resolution(store, judgements_path: str | None = None, name: str | None = None) -> Resolution:
    """The store's resolution without writing (only of the components of the mentions
    printed as `name`, when given): from the saved state when it covers the store, else
    from every mention."""
    judgements_path = _judgements_file(store, judgements_path)
    overrides = load_judgements(judgements_path) if judgements_path else []
    state = load_state(store)
    if state is None or not state.usable(set(store.filing_graphs()), set()):
        state = _fresh(store)
    seeds = None if name is None else matching(name, state.mentions)
    pairs = scored(state.rows, state.left, state.right, state.levels)
    return _resolve_part(state, _affected(state, overrides, seeds, pairs), overrides, pairs)


def _judgements_file(store, given: str | None) -> str | None:
    if given is not None:
        return given or None
    remembered = last_judgements(store)
    if remembered and not Path(remembered).exists():
        raise InputError(remembered, "the judgements file the links were made with is gone; give another "
                                     "with --judgements, or --judgements '' for none")
    if remembered:
        log.info("%s: using the judgements file of the last link, %s", store.location, remembered)
    return remembered


def _fresh(store) -> LinkState:
    mentions = mentions_from_store(store)
    people = [i for i, m in enumerate(mentions) if m.kind == PERSON]
    rows = person_rows([mentions[i] for i in people], people)
    counts = name_counts(rows)
    mark_common(rows, counts)
    return _pruned(LinkState(mentions, rows, *candidate_levels(rows)), counts)


def _grow(store, state: LinkState, changed: list[str]) -> LinkState | None:
    """The state with the mentions of `changed` graphs added and their pairs compared
    (None when a name once common is no longer: its pairs were not all made)."""
    import numpy as np

    new: list[Mention] = mentions_from_store(store, graphs=changed)
    offset = len(state.mentions)
    people = [offset + k for k, m in enumerate(new) if m.kind == PERSON]
    new_rows = person_rows([new[i - offset] for i in people], people)
    rows = state.rows + new_rows
    before = [row["common"] for row in state.rows]
    counts = name_counts(rows)
    mark_common(rows, counts)
    if any(was and not row["common"] for was, row in zip(before, state.rows)):
        return None
    keys = set().union(*(blocking_keys(row) for row in new_rows)) if new_rows else set()
    near = [row for row in state.rows if not keys.isdisjoint(blocking_keys(row))]
    left, right, levels = candidate_levels(near + new_rows, fresh_from=offset)
    return _pruned(LinkState(state.mentions + new, rows, np.concatenate([state.left, left]),
                             np.concatenate([state.right, right]), np.concatenate([state.levels, levels]),
                             state.written, state.graphs, state.entity + [""] * len(new), state.corpus,
                             state.overrides), counts)


def _pruned(state: LinkState, counts) -> LinkState:
    """Without the pairs that blocking would not make for the corpus as it now is (pairs of
    a name that has become common, saved when it was not); counts: name_counts(state.rows)."""
    keep = paired(state.left, state.right, state.levels, pair_counts(state.rows, state.left, counts),
                  {row["unique_id"]: row for row in state.rows})
    if not keep.all():
        state.left, state.right, state.levels = state.left[keep], state.right[keep], state.levels[keep]
    return state


def _affected(state: LinkState, overrides, seeds: list[int] | None, pairs: Scored) -> list[int]:
    """The mentions in the connected components of `seeds` (all mentions when None); the
    components join recorded judgements: candidate pairs (but those judged different with
    names that do not agree: such a cannot-link never matters across components, and its
    decision moves only when the corpus doubles), organisation rule pairs and the user's.
    `pairs`: the state's pairs, scored."""
    import numpy as np
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import connected_components

    size = len(state.mentions)
    if seeds is None:
        return list(range(size))
    orgs = [i for i, m in enumerate(state.mentions) if m.kind == ORGANIZATION]
    extra = [(a, b) for a, b, _, _ in org_judgements(state.mentions, orgs)]
    extra += [(j.a, j.b) for j in user_judgements(state.mentions, overrides)]
    kept = recorded(pairs)
    left = np.concatenate([state.left[kept], np.array([a for a, _ in extra], dtype=np.int64)])
    right = np.concatenate([state.right[kept], np.array([b for _, b in extra], dtype=np.int64)])
    graph = coo_matrix((np.ones(len(left), dtype=np.int8), (left, right)), shape=(size, size))
    _, labels = connected_components(graph, directed=False)
    chosen = np.isin(labels, labels[np.asarray(seeds, dtype=np.int64)]) if seeds else np.zeros(size, dtype=bool)
    return np.flatnonzero(chosen).tolist()


def _resolve_part(state: LinkState, part: list[int], overrides, pairs: Scored) -> Resolution:
    """Resolve the mentions `part` (whole components); `pairs`: the state's pairs, scored
    for the whole corpus."""
    import numpy as np

    position = np.full(len(state.mentions), -1, dtype=np.int64)
    position[part] = np.arange(len(part))
    inside = position[pairs.left] >= 0 if len(pairs.left) else np.zeros(0, dtype=bool)
    inner = Scored(position[pairs.left[inside]], position[pairs.right[inside]], pairs.levels[inside],
                   pairs.count[inside], pairs.corpus, pairs.score[inside])
    return resolve([state.mentions[i] for i in part], overrides, inner)


def _entity_kinds(state: LinkState) -> dict[str, int]:
    kinds = {}
    for mention, entity in zip(state.mentions, state.entity):
        kinds.setdefault(entity, mention.kind)
    return dict(Counter(kinds.values()))


def _digest(overrides) -> str:
    text = "\n".join(f"{o.a}\t{o.b}\t{o.decision}\t{o.filing}\t{o.note}\t{o.line}" for o in overrides)
    return hashlib.sha1(text.encode()).hexdigest()
