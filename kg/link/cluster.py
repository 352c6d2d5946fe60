"""Judgements and clusters: a union-find that honours cannot-link constraints, and the
user's judgements file.

Judgements file (JSON Lines, one judgement a line; `#` lines and blank lines ignored):

    {"a": "Paul G. Desmarais", "b": "Paul Desmarais, Jr.", "decision": "different", "note": "father and son"}
    {"a": "https://w3id.org/kg-sec/id/filing/.../person/carlo-ferro", "b": "Carlo Ferro", "decision": "same"}

`a` and `b` are a mention IRI or a printed name (every mention with that name, compared
without case, accents or punctuation); `filing` (optional) keeps name matches to the
mentions of filings whose accession number or source contains it (or is a filing graph
IRI). `decision` is "same" (merge, even against the model), "different" (never in one
entity, not even through a third mention) or "skip" (seen in `kg review`, left to the
model; no longer listed for review).
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import InputError
from kg.link.mentions import Mention
from kg.link.names import fold

USER_DECISIONS = ("same", "different", "skip")


@dataclass
class Override:
    a: str
    b: str
    decision: str
    note: str | None = None
    filing: str | None = None
    line: int = 0


def load_judgements(path: str | Path) -> list[Override]:
    """Read the judgements file; a malformed line is an InputError naming the line."""
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise InputError(str(path), f"cannot read the judgements file: {exc}") from exc
    overrides = []
    for number, line in enumerate(lines, 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        try:
            entry = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"{path}:{number}", f"not a JSON object: {exc.msg}") from exc
        if not isinstance(entry, dict) or not all(isinstance(entry.get(k), str) for k in ("a", "b", "decision")):
            raise InputError(f"{path}:{number}", 'a judgement needs string fields "a", "b" and "decision"')
        if entry["decision"] not in USER_DECISIONS:
            raise InputError(f"{path}:{number}", f'decision {entry["decision"]!r} is not one of {USER_DECISIONS}')
        overrides.append(Override(entry["a"], entry["b"], entry["decision"], entry.get("note"),
                                  entry.get("filing"), number))
    return overrides


def mention_index(mentions: list[Mention]) -> dict[str, list[int]]:
    """Mention IRIs and folded names -> the indexes of the mentions that carry them."""
    index: dict[str, list[int]] = {}
    for i, m in enumerate(mentions):
        for key in dict.fromkeys([m.iri, *(fold(name) for name in m.names + m.aliases)]):
            index.setdefault(key, []).append(i)
    return index


def matching(ref: str, mentions: list[Mention], filing: str | None = None,
             index: dict[str, list[int]] | None = None) -> list[int]:
    """Indexes of the mentions a judgement's `a` or `b` names (an IRI, or a name compared
    without case, accents or punctuation); `index` (mention_index) when many are asked."""
    index = index if index is not None else mention_index(mentions)
    key = ref if ref.startswith(("http://", "https://", "urn:")) else fold(ref)
    return [i for i in index.get(key, []) if filing is None or filing in mentions[i].filing
            or filing in mentions[i].graph]


@dataclass
class Clusters:
    """Union-find over mention indexes. `exclusive[i]` (a CIK) may not meet another value in
    one cluster; `forbid(a, b)` keeps two mentions apart for good."""

    size: int
    exclusive: list[str | None] = field(default_factory=list)
    given: list[str] | None = None    # "given|family": two clusters whose given names are not variants stay apart
    parent: list[int] = field(init=False)
    _value: dict[int, str] = field(init=False)
    _apart: dict[int, set[int]] = field(init=False)

    def __post_init__(self) -> None:
        self.parent = list(range(self.size))
        self._value = {i: v for i, v in enumerate(self.exclusive) if v}
        self._apart = {}
        self._partners = None   # many cannot-links, as arrays: CSR offsets and partner indexes
        self._members: dict[int, list[int]] = {}
        self._names = {i: {name} for i, name in enumerate(self.given or ()) if name.find("|") > 1}

    def keep_apart(self, left, right) -> None:
        """Many cannot-links at once (arrays), checked member by member at merge time."""
        import numpy as np

        left, right = np.asarray(left, dtype=np.int64), np.asarray(right, dtype=np.int64)
        if not len(left):
            return
        source, target = np.concatenate([left, right]), np.concatenate([right, left])
        order = np.argsort(source, kind="stable")
        offsets = np.searchsorted(source[order], np.arange(self.size + 1))
        self._partners = (offsets, target[order])

    def _crosses(self, ra: int, rb: int) -> bool:
        if self._partners is None:
            return False
        offsets, targets = self._partners
        small, other = ra, rb
        if len(self._members.get(ra, (ra,))) > len(self._members.get(rb, (rb,))):
            small, other = rb, ra
        for member in self._members.get(small, [small]):
            for partner in targets[offsets[member]:offsets[member + 1]]:
                if self.find(int(partner)) == other:
                    return True
        return False

    def find(self, i: int) -> int:
        root = i
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[i] != root:
            self.parent[i], i = root, self.parent[i]
        return root

    def forbid(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self._apart.setdefault(ra, set()).add(rb)
            self._apart.setdefault(rb, set()).add(ra)

    def why_not(self, a: int, b: int) -> str | None:
        """Why a and b may not be merged (None: they may)."""
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return None
        if rb in self._apart.get(ra, ()) or self._crosses(ra, rb):
            return "the two clusters hold mentions judged different"
        va, vb = self._value.get(ra), self._value.get(rb)
        if va and vb and va != vb:
            return f"the two clusters have different CIKs ({va}, {vb})"
        na, nb = self._names.get(ra, ()), self._names.get(rb, ())
        if na and nb and not all(compatible(x, y) for x in na for y in nb):
            return f"the two clusters have given names that are not variants ({min(na)}, {min(nb)})"
        return None

    def union(self, a: int, b: int, *, force: bool = False) -> bool:
        if not force and self.why_not(a, b):
            return False
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return True
        if len(self._apart.get(ra, ())) > len(self._apart.get(rb, ())):
            ra, rb = rb, ra
        self.parent[ra] = rb
        self._members.setdefault(rb, [rb]).extend(self._members.pop(ra, [ra]))
        for other in self._apart.pop(ra, set()):
            peers = self._apart.setdefault(other, set())
            peers.discard(ra)
            if other != rb:
                peers.add(rb)
                self._apart.setdefault(rb, set()).add(other)
        if force:  # a user's "same" lifts the constraints between the two
            self._apart.get(rb, set()).discard(rb)
        if ra in self._value and rb not in self._value:
            self._value[rb] = self._value[ra]
        self._value.pop(ra, None)
        if ra in self._names:
            self._names.setdefault(rb, set()).update(self._names.pop(ra))
        return True

    def groups(self) -> dict[int, list[int]]:
        found: dict[int, list[int]] = {}
        for i in range(self.size):
            found.setdefault(self.find(i), []).append(i)
        return found


def compatible(x: str, y: str) -> bool:
    """Whether two names ("given|family", the given name in full) may be one person's: the
    given names equal or variants of one name (Ed, Ted: Edward), or the two names swapped
    (WANG Wei, Wei Wang)."""
    from kg.link.names import given_variants
    gx, _, fx = x.partition("|")
    gy, _, fy = y.partition("|")
    return gx == gy or (gx == fy and fx == gy) or not set(given_variants(gx)).isdisjoint(given_variants(gy))


def constrained_labels(size: int, left, right, force, apart_left, apart_right, exclusive: list[str | None],
                       given: list[str] | None = None):
    """Cluster labels of `size` items joined by the merge edges (left, right), taken in
    their order (priority: the caller sorts them), a merge refused when it would put two
    items of a cannot-link pair (apart_left, apart_right), or two `exclusive` values (CIKs),
    in one cluster, or full given names that are not variants (`given`: James and John
    Smith, which "J. Smith" must not chain); `force` edges (the user's) are never refused. Returns (labels, merged
    per edge). Components of the merge graph with no constraint inside are taken whole
    (the greedy merge would join them all); the greedy union-find runs only where a
    constraint sits, so a million merges cost numpy time, not a Python loop each."""
    import numpy as np
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import connected_components

    left, right = np.asarray(left, dtype=np.int64), np.asarray(right, dtype=np.int64)
    apart_left, apart_right = np.asarray(apart_left, dtype=np.int64), np.asarray(apart_right, dtype=np.int64)
    graph = coo_matrix((np.ones(len(left), dtype=np.int8), (left, right)), shape=(size, size))
    _, component = connected_components(graph, directed=False)
    conflicted = np.zeros(component.max() + 1 if size else 0, dtype=bool)
    inside = component[apart_left] == component[apart_right]
    conflicted[component[apart_left[inside]]] = True
    seen: dict[int, str] = {}
    for item, value in enumerate(exclusive):
        if value:
            if seen.setdefault(int(component[item]), value) != value:
                conflicted[component[item]] = True
    names: dict[int, set] = {}
    for item, name in enumerate(given or ()):
        if name.find("|") > 1:
            names.setdefault(int(component[item]), set()).add(name)
    for comp, found in names.items():
        if len(found) > 1 and not conflicted[comp]:
            ordered = sorted(found)
            conflicted[comp] = not all(compatible(x, y) for k, x in enumerate(ordered) for y in ordered[k + 1:])
    merged = np.ones(len(left), dtype=bool)
    labels = component.astype(np.int64)
    careful = np.flatnonzero(conflicted[component[left]]) if len(left) else np.zeros(0, dtype=np.int64)
    if len(careful):
        members = np.flatnonzero(conflicted[component])   # the greedy union-find over these alone
        local = np.full(size, -1, dtype=np.int64)
        local[members] = np.arange(len(members))
        clusters = Clusters(len(members), [exclusive[i] for i in members.tolist()],
                            None if given is None else [given[i] for i in members.tolist()])
        keep = inside & conflicted[component[apart_left]]
        clusters.keep_apart(local[apart_left[keep]], local[apart_right[keep]])
        for k in careful.tolist():
            merged[k] = clusters.union(int(local[left[k]]), int(local[right[k]]), force=bool(force[k]))
        roots = np.array([clusters.find(i) for i in range(len(members))], dtype=np.int64)
        labels[members] = len(conflicted) + members[roots]
    return labels, merged
