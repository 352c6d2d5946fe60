"""Keeping the links current. `kg link` resolves every mention of the store. `kg build`,
given the filing graphs it wrote and the state saved beside the store (kg.link.state):

1. reads only those graphs' mentions (SPARQL scoped to them) and drops the ones they
   replace;
2. compares the new person mentions with the ones sharing a blocking key (Splink, new
   pairs only); earlier pairs keep their saved comparison levels;
3. resolves every mention from the saved levels (no string is compared again: the
   organisation rules, evidence by entity, scores, decisions and clusters are arrays);
4. rewrites only the nodes of the links graph that changed (digests).

The result equals a full `kg link` (tested). `kg explain` and `kg review` resolve from
the saved state too.
"""
from __future__ import annotations

import hashlib
import logging
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from kg.errors import InputError
from kg.link.blocking import candidate_levels
from kg.link.cluster import load_judgements
from kg.link.links_graph import write_links
from kg.link.mentions import PERSON, Mention, mentions_from_store
from kg.link.resolve import Resolution, resolve
from kg.link.rows import (
    blocking_keys,
    concat,
    mark_common,
    name_counts,
    pair_counts,
    paired,
    person_rows,
    representatives,
    scored_pairs,
)
from kg.link.score import corpus_size
from kg.link.state import LinkState, clear_state, last_judgements, load_state, save_state, saved_written

log = logging.getLogger(__name__)


@dataclass
class LinkUpdate:
    result: Resolution        # the resolution of every mention
    mentions: int             # mentions in the store
    entities: dict[str, int]  # entities in the store, by kind
    incremental: bool         # only the new mentions were compared
    compared: int             # person mentions handed to Splink


def update_links(store, judgements_path: str | None = None, changed: list[str] | None = None,
                 engine: str = "duckdb") -> LinkUpdate:
    """Resolve and write the links graph: comparing only the new mentions when `changed`
    (the filing graphs just written) is given and the saved state covers every other filing
    graph, else all. Without `judgements_path`, the judgements file of the last update is
    read again (as it is now), so that forced decisions stay in force; `""` means none."""
    judgements_path = judgements_file(store, judgements_path)
    overrides = load_judgements(judgements_path) if judgements_path else []
    current = set(store.filing_graphs())
    saved = load_state(store) if changed is not None else None
    previous = saved.written if saved is not None else saved_written(store)  # what the links graph holds
    grown = None
    if saved is not None and saved.usable(current, set(changed)) and not _leads_in(saved, set(changed)):
        grown = _grow(store, saved.without(set(changed)), sorted(set(changed)), engine)
    if grown is None:
        if changed is not None and store.folder is not None:
            log.info("%s: linking every mention of the store again", store.location)
        state, compared = _fresh(store, engine, current), None
    else:
        state, compared = grown
    result = resolve(state.mentions, overrides, scored_pairs(state.rows, state.left, state.right, state.levels),
                     engine)
    state.entity = [result.entities[e].iri for e in result.entity_of]
    clear_state(store)  # an interrupted write must not leave a state that disagrees with the graph
    state.written = write_links(store, result, overrides, previous)
    state.graphs, state.corpus, state.overrides = current, corpus_size(len(state.rows["unique_id"])), _digest(overrides)
    state.judgements = str(Path(judgements_path).resolve()) if judgements_path else ""
    save_state(store, state)
    people = len(state.rows["unique_id"])
    return LinkUpdate(result, len(state.mentions), _entity_kinds(result), grown is not None,
                      people if compared is None else compared)


def current_resolution(store, judgements_path: str | None = None, engine: str = "duckdb") -> Resolution:
    """The store's resolution without writing: from the saved state when it covers the
    store, else from every mention."""
    judgements_path = judgements_file(store, judgements_path)
    overrides = load_judgements(judgements_path) if judgements_path else []
    state = load_state(store)
    if state is None or not state.usable(set(store.filing_graphs()), set()):
        state = _fresh(store, engine)
    return resolve(state.mentions, overrides, scored_pairs(state.rows, state.left, state.right, state.levels),
                   engine)


def judgements_file(store, given: str | None) -> str | None:
    """The judgements file to apply: the one given ('' for none), else the one the store's
    links were last made with."""
    if given is not None:
        return given or None
    remembered = last_judgements(store)
    if remembered and not Path(remembered).exists():
        raise InputError(remembered, "the judgements file the links were made with is gone; give another "
                                     "with --judgements, or --judgements '' for none")
    if remembered:
        log.info("%s: using the judgements file of the last link, %s", store.location, remembered)
    return remembered


def _fresh(store, engine: str, graphs: set[str] | None = None) -> LinkState:
    """Every mention compared: those kept beside the store when they describe it (kg.link.kept),
    else read by the scans (and kept for the next time)."""
    from kg.link.kept import keep_scanned, kept_mentions

    mentions = kept_mentions(store, graphs)
    if mentions is None:
        mentions = mentions_from_store(store)
        if store.writable and store.folder is not None:
            keep_scanned(store, mentions, set(store.filing_graphs()) if graphs is None else graphs)
    people = [i for i, m in enumerate(mentions) if m.kind == PERSON]
    rows = person_rows([mentions[i] for i in people], people, mentions)
    counts = name_counts(rows)
    mark_common(rows, counts)
    return _pruned(LinkState(mentions, rows, *candidate_levels(rows, engine=engine)), counts)


def _grow(store, state: LinkState, changed: list[str], engine: str):
    """(the state with the mentions of `changed` graphs added and their pairs compared,
    the person mentions compared), or None when blocking changed for earlier mentions (a
    name's or a CIK's representative is another mention now, or a name once common is no
    longer: the pairs made earlier are not the ones blocking makes now)."""
    import numpy as np

    new: list[Mention] = mentions_from_store(store, graphs=changed)
    offset = len(state.mentions)
    people = [offset + k for k, m in enumerate(new) if m.kind == PERSON]
    new_rows = person_rows([new[i - offset] for i in people], people, new)
    rows = concat(state.rows, new_rows)
    size = len(state.rows["unique_id"])
    before = representatives(state.rows)
    counts = name_counts(rows)
    mark_common(rows, counts)
    now = representatives(rows)
    if any(was and not common for was, common in zip(before[0], now[0])) \
            or any(after[:size] != earlier for earlier, after in zip(before[1:], now[1:])):
        return None
    keys = set().union(*(blocking_keys(new_rows, k) for k in range(len(people)))) if people else set()
    near = [k for k in range(size) if not keys.isdisjoint(blocking_keys(state.rows, k))]
    from kg.link.rows import select
    compared = concat(select(rows, near), select(rows, list(range(size, size + len(people)))))
    left, right, levels = candidate_levels(compared, fresh_from=offset, engine=engine)
    grown = LinkState(state.mentions + new, rows, np.concatenate([state.left, left]),
                      np.concatenate([state.right, right]), np.concatenate([state.levels, levels]),
                      state.written, state.graphs, state.entity + [""] * len(new), state.corpus, state.overrides)
    return _pruned(grown, counts), len(compared["unique_id"])


def _leads_in(state: LinkState, changed: set[str]) -> bool:
    """Whether a rebuilt graph holds a name's or a CIK's representative (its star must be made again)."""
    return any(leads or plead or cik_lead for leads, plead, cik_lead, graph in
               zip(state.rows["leads"], state.rows["plead"], state.rows["cik_lead"], state.rows["graph"])
               if graph in changed)


def _pruned(state: LinkState, counts) -> LinkState:
    """Without the pairs that blocking would not make for the corpus as it now is (pairs of
    a name that has become common, saved when it was not); counts: name_counts(state.rows)."""
    keep = paired(state.rows, state.left, state.right, state.levels, pair_counts(state.rows, state.left, counts))
    if not keep.all():
        state.left, state.right, state.levels = state.left[keep], state.right[keep], state.levels[keep]
    return state


def _entity_kinds(result: Resolution) -> dict[str, int]:
    return dict(Counter(entity.kind for entity in result.entities))


def _digest(overrides) -> str:
    text = "\n".join(f"{o.a}\t{o.b}\t{o.decision}\t{o.filing}\t{o.note}\t{o.line}" for o in overrides)
    return hashlib.sha1(text.encode()).hexdigest()
