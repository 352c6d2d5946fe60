"""What the linker keeps beside an on-disk store, so that `kg build` links new filings
without reading every filing graph or comparing every pair again.

    <store>/links/state.json      format version, the filing graphs covered, the corpus size
                                  scores assumed, a digest of the judgements file used
    <store>/links/mentions.parquet every mention (kg.link.mentions.Mention fields) and its entity
    <store>/links/rows.parquet    the person mentions as the scorer compares them
    <store>/links/pairs.parquet   candidate person pairs (mention indexes) with their levels
    <store>/links/written.parquet each node of the links graph: a digest of its triples and the
                                  mentions it belongs with (an entity's first member, a judgement's
                                  two mentions), as "graph IRI" lines

Pairs keep their comparison levels, not their scores: scores follow the corpus (prior,
name frequencies) and are computed again each time (kg.link.score.scores). The state
is a cache: `usable` refuses it unless the store's filing graphs are exactly the ones it
covers (besides those being rebuilt), and it is removed before the links graph changes and
written after, so an interrupted update leaves no state and the next one starts over; a
state that cannot be read is set aside with a warning, and everything is linked again.
"""
from __future__ import annotations

import json
import logging
import shutil
from dataclasses import dataclass, field, fields
from pathlib import Path

from kg.link.mentions import Mention, compact

log = logging.getLogger(__name__)
VERSION = 7
_LISTS = ("names", "roles", "orgs", "listed_in", "positions", "cusip6", "aliases", "ties", "associates", "posts")
_TEXTS = ("iri", "graph", "filing", "kind", "source", "cik", "country", "address", "form")


@dataclass
class LinkState:
    mentions: list[Mention]
    rows: dict                       # person rows, columns (kg.link.rows.person_rows), unique_id = mention index
    left: object                     # numpy arrays: mention indexes of each candidate pair
    right: object
    levels: object                   # int8 [pairs, comparisons]
    written: dict[str, tuple[int, str]] = field(default_factory=dict)  # node -> (digest, anchor mention key)
    graphs: set[str] = field(default_factory=set)
    entity: list[str] = field(default_factory=list)   # each mention's entity IRI ("" until linked)
    corpus: int = 0                                   # the corpus size the written scores assumed
    overrides: str = ""                               # digest of the judgements file used
    judgements: str = ""                              # the judgements file's path ("" when none)

    def __post_init__(self) -> None:
        self.entity = self.entity or [""] * len(self.mentions)

    def usable(self, current: set[str], changed: set[str]) -> bool:
        """Whether the state covers exactly the store's filing graphs that this update keeps."""
        return self.graphs - changed == current - changed

    def without(self, dropped: set[str]) -> LinkState:
        """The state with the mentions (and their pairs) of `dropped` graphs taken out."""
        import numpy as np

        from kg.link.rows import select

        keep = np.array([m.graph not in dropped for m in self.mentions], dtype=bool)
        if keep.all():
            return self
        new_index = np.cumsum(keep) - 1
        pair_kept = keep[self.left] & keep[self.right]
        kept_rows = [k for k, uid in enumerate(self.rows["unique_id"]) if keep[uid]]
        rows = select(self.rows, kept_rows)
        rows["unique_id"] = [int(new_index[uid]) for uid in rows["unique_id"]]
        return LinkState([m for m, k in zip(self.mentions, keep) if k], rows, new_index[self.left[pair_kept]],
                         new_index[self.right[pair_kept]], self.levels[pair_kept], self.written,
                         self.graphs - dropped, [e for e, k in zip(self.entity, keep) if k], self.corpus,
                         self.overrides)


def folder_of(store) -> Path | None:
    return None if store.folder is None else Path(store.folder) / "links"


def load_state(store) -> LinkState | None:
    """The saved state of a store, or None (memory store, none saved, another version)."""
    import numpy as np
    import pyarrow.parquet as pq

    folder = folder_of(store)
    if folder is None or not (folder / "state.json").exists():
        return None
    try:
        meta = json.loads((folder / "state.json").read_text(encoding="utf-8"))
        if meta.get("version") != VERSION:
            return None
        mentions = compact([_mention(row) for row in pq.read_table(folder / "mentions.parquet").to_pylist()])
        rows = pq.read_table(folder / "rows.parquet").to_pydict()
        pairs = pq.read_table(folder / "pairs.parquet")
        written = pq.read_table(folder / "written.parquet").to_pydict()
        entity = pq.read_table(folder / "mentions.parquet", columns=["entity"]).column("entity").to_pylist()
    except (OSError, ValueError, KeyError, TypeError) as exc:  # a cache: set aside, everything is linked again
        log.warning("%s: the linker's saved state cannot be read (%s); linking every mention again", folder, exc)
        return None
    levels = np.stack([pairs.column(f"level_{k}").to_numpy() for k in range(meta["comparisons"])], axis=1) \
        if pairs.num_rows else np.zeros((0, meta["comparisons"]), dtype=np.int8)
    return LinkState(mentions, rows, pairs.column("left").to_numpy(), pairs.column("right").to_numpy(),
                     levels.astype(np.int8), dict(zip(written["node"], zip(written["digest"], written["anchor"]))),
                     set(meta["graphs"]), entity, meta["corpus"], meta["overrides"], meta["judgements"])


def saved_written(store) -> dict[str, tuple[int, str]] | None:
    """What the links graph holds, node by node, as the saved state says (None: no state)."""
    import pyarrow.parquet as pq

    folder = folder_of(store)
    if folder is None or not (folder / "state.json").exists():
        return None
    try:
        written = pq.read_table(folder / "written.parquet").to_pydict()
    except (OSError, ValueError, KeyError):
        return None
    return dict(zip(written["node"], zip(written["digest"], written["anchor"])))


def last_judgements(store) -> str | None:
    """The judgements file the store's links were last made with (None: none, or no state)."""
    folder = folder_of(store)
    try:
        meta = json.loads((folder / "state.json").read_text(encoding="utf-8")) if folder else {}
    except (OSError, ValueError):
        return None
    return meta.get("judgements") or None


def clear_state(store) -> None:
    folder = folder_of(store)
    if folder is not None:
        (folder / "state.json").unlink(missing_ok=True)


def save_state(store, state: LinkState) -> None:
    """Write the state next to the store (state.json last: it marks the state complete)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    folder = folder_of(store)
    if folder is None:
        return
    tmp = folder.with_name("links.tmp")
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    from kg.link.rows import schema, table
    _write_batches(tmp / "mentions.parquet", _mention_schema(), len(state.mentions),
                   lambda start, stop: _mention_table(state.mentions[start:stop], state.entity[start:stop]))
    _write_batches(tmp / "rows.parquet", schema(), len(state.rows["unique_id"]),
                   lambda start, stop: table({key: values[start:stop] for key, values in state.rows.items()}))
    columns = {"left": pa.array(state.left, pa.int64()), "right": pa.array(state.right, pa.int64())}
    for k in range(state.levels.shape[1]):
        columns[f"level_{k}"] = pa.array(state.levels[:, k], pa.int8())
    pq.write_table(pa.table(columns), tmp / "pairs.parquet")
    pq.write_table(pa.table({"node": pa.array(list(state.written), pa.string()),
                             "digest": pa.array([d for d, _ in state.written.values()], pa.int64()),
                             "anchor": pa.array([a for _, a in state.written.values()], pa.string())}),
                   tmp / "written.parquet")
    (tmp / "state.json").write_text(json.dumps({"version": VERSION, "comparisons": state.levels.shape[1],
                                                "graphs": sorted(state.graphs), "corpus": state.corpus,
                                                "overrides": state.overrides, "judgements": state.judgements}),
                                    encoding="utf-8")
    shutil.rmtree(folder, ignore_errors=True)
    tmp.rename(folder)


BATCH = 50_000   # rows of a parquet file made and written at a time (memory stays bounded)


def _write_batches(path: Path, schema, size: int, batch) -> None:
    """A parquet file of `size` rows, written BATCH at a time (`batch(start, stop)`: a table)."""
    import pyarrow.parquet as pq

    with pq.ParquetWriter(path, schema) as writer:
        writer.write_table(schema.empty_table())
        for start in range(0, size, BATCH):
            writer.write_table(batch(start, min(size, start + BATCH)))


def _mention_table(mentions: list[Mention], entity: list[str]):
    """Mentions and their entities as a table, built column by column (a row object per
    mention would double the memory a million mentions take)."""
    import pyarrow as pa

    columns = [pa.array([getattr(m, name) for m in mentions], pa.string()) for name in _TEXTS]
    columns.append(pa.array(entity, pa.string()))
    ordered: dict[frozenset, list[str]] = {}   # a mention's sets are shared (kg.link.mentions.compact)
    for name in _LISTS:
        values = [getattr(m, name) for m in mentions]
        if name in _SETS:
            values = [ordered.get(v) or ordered.setdefault(v, sorted(v)) for v in values]
        columns.append(pa.array(values, pa.list_(pa.string())))
    return pa.Table.from_arrays(columns, schema=_mention_schema())


_SETS = frozenset(f.name for f in fields(Mention) if "set" in str(f.type))


def _mention(row: dict) -> Mention:
    values = {name: row[name] for name in _TEXTS}
    for name in _LISTS:
        values[name] = set(row[name]) if name in _SETS else row[name]
    return Mention(**values)


def _mention_schema():
    import pyarrow as pa
    return pa.schema([(name, pa.string()) for name in (*_TEXTS, "entity")]
                     + [(name, pa.list_(pa.string())) for name in _LISTS])
