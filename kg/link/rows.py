"""Person mentions as the scorer compares them: columns (a dict of equal-length lists),
not a dict per mention, so that a million mentions fit in memory.

Pairs grow with the mentions, not with their square. Mentions of one name that print the
same profile (everything the comparisons read but the filing: name parts, CIK,
organisations, citizenship, address, titles, rosters; and by name what the filing says
around it: its organisations, co-filers, signatories, chain roles) compare
alike with every other mention; only the first of each profile (`plead`, in (graph, IRI)
order) is paired with the name's other profiles, and the rest with their profile's first
mention: a star per profile, pairs between profiles. Nothing is lost by the stars: two
profiles whose pair is "same" each score at least as much with their own copies (every
level of a profile with itself is its best), so what all pairs would join, the stars
join. (A profile whose first mention shares its filing with another profile of the name
also leads from its first mention in another filing.) Between the profiles of one name
at the same organisations (`group`), pairs are a star around the profile that says the
most (`glead`: CIK, middle name, citizenship, address, title); across groups, all pairs.
That last star is the one approximation: at 100,000 synthetic mentions it changes recall
by 0.0004. Mentions of one CIK are paired with the CIK's first mention (`cik_lead`) alone:
a Form 4 filer on thousands of filings makes thousands of pairs, not millions; the CIK
rule joins them all.

A common name (printed on more than COMMON_NAME mentions, in doublings) is paired only
when the two share a CIK, or an organisation and one of them is that organisation's
representative for the name (`leads`: the mention first in (graph, IRI) order): a star
per name and organisation. A pair of a common name with neither could not reach
"same" anyway: the name's own frequency makes it weak evidence (kg.link.score).
"""
from __future__ import annotations

import hashlib
import re
from functools import lru_cache
from sys import intern

from kg.link.names import family_sound, fold, given_variants, org_name, person_name
from kg.lookups import FILING_CHAINS

COMMON_NAME = 256
Rows = dict[str, list]
LIST_COLUMNS = ("orgs", "positions", "listed", "leads", "given_keys")
FLAG_COLUMNS = ("rp", "common", "plead", "glead", "cik_lead")
TEXT_COLUMNS = ("graph", "iri", "cik", "given", "given_alt", "middle", "family", "suffix", "country", "address",
                "address_digits", "profile", "group",
                "initial", "alt_initial", "family_head", "family_tail", "sound")


def empty_rows() -> Rows:
    return {name: [] for name in ("unique_id", *TEXT_COLUMNS, *LIST_COLUMNS, *FLAG_COLUMNS)}


def add_row(rows: Rows, unique_id: int, graph: str, iri: str, printed: str, *, cik=None, orgs=(), country=None,
            address=None, positions=(), listed=(), rp: bool = False, filing: tuple = ()) -> None:
    """Append one person mention (its name parsed, its keys made); `filing`: what else its
    filing says of it (kg.link.rows.person_rows), for its profile."""
    name = person_name(printed)
    given, family, middle = intern(name.given), intern(name.family), intern(name.middle)
    orgs, positions, listed = _shared(tuple(sorted(orgs))), _shared(tuple(sorted(positions))), \
        _shared(tuple(sorted(listed)))
    profile = repr((given, name.given_alt, middle, family, name.suffix, cik, orgs, country, address, positions,
                    listed, rp, filing))
    values = {"unique_id": unique_id, "graph": graph, "iri": iri, "cik": cik, "given": given,
              "given_alt": intern(name.given_alt), "middle": middle, "family": family, "suffix": intern(name.suffix),
              "orgs": orgs, "country": country, "address": fold(address) if address else None,
              "address_digits": " ".join(re.findall(r"\d+", address)) if address else None,
              "positions": positions, "listed": listed, "rp": rp, "common": False, "leads": (),
              "profile": hashlib.blake2b(profile.encode(), digest_size=8).hexdigest(), "plead": False,
              "cik_lead": False, "glead": False, "group": intern("\t".join([given, family, *orgs])),
              "initial": intern(given[:1]), "alt_initial": intern(name.given_alt[:1]), "family_head": intern(family[:3]),
              "family_tail": intern(family[-2:]), "sound": intern(family_sound(family)),
              "given_keys": _shared(tuple(_variants(given)))}
    for key, value in values.items():
        rows[key].append(value)


@lru_cache(maxsize=1 << 16)
def _shared(values: tuple) -> tuple:
    """One object for equal tuples (a million rows repeat a few thousand organisation lists)."""
    return values


def _variants(given: str) -> list[str]:
    """The given name's variants, empty when it has none but itself (exact rules pair those)."""
    found = given_variants(given)
    return list(found) if len(found) > 1 else []


def person_rows(mentions, ids: list[int] | None = None, every=None) -> Rows:
    """The person mentions as the scorer compares them; `unique_id` is ids[k] (default k);
    `every`: all mentions of their filings (organisations included), for the profiles."""
    rows = empty_rows()
    filing = _filing_evidence(every or ())
    for k, m in enumerate(mentions):
        add_row(rows, k if ids is None else ids[k], m.graph, m.iri, m.name, cik=m.cik, orgs=m.orgs,
                country=m.country, address=m.address, positions=m.positions, listed=m.listed_in,
                rp="reporting-person" in m.roles, filing=filing(m))
    return rows


def _filing_evidence(every):
    """What the evidence of a mention's own filing reads, by name (its profile's part): the
    filing's organisations, its co-filers and signatories, its chain roles (form family,
    organisation, role)."""
    from kg.link.mentions import ORGANIZATION

    names = {(m.graph, m.iri): (org_name(m.name).key if m.kind == ORGANIZATION else fold(m.name)) for m in every}
    of_graph: dict[str, set] = {}
    for m in every:
        if m.kind == ORGANIZATION:
            of_graph.setdefault(m.graph, set()).add(names[(m.graph, m.iri)])

    def filing(m) -> tuple:
        posts = sorted((names.get((m.graph, node), ""), role) for node, _, role in
                       (post.partition("\t") for post in m.posts))   # a node that is no mention: by role alone
        return (tuple(sorted(of_graph.get(m.graph, ()))), tuple(sorted(names.get((m.graph, a), "") for a in m.associates)),
                FILING_CHAINS.get(m.form or ""), tuple(posts), tuple(sorted(m.roles)))
    return filing


def concat(first: Rows, second: Rows) -> Rows:
    return {key: first[key] + second[key] for key in first}


def select(rows: Rows, keep: list[int]) -> Rows:
    return {key: [values[k] for k in keep] for key, values in rows.items()}


def name_counts(rows: Rows):
    """For each row, how many rows carry its given and family name."""
    from collections import Counter

    import numpy as np

    keys = list(zip(rows["given"], rows["family"]))
    counter = Counter(keys)
    return np.array([counter[key] for key in keys], dtype=np.int64)


def mark_common(rows: Rows, counts) -> None:
    """Flag the rows whose given and family name is common (counts: name_counts) and list in
    `leads` the organisations each represents for its common name; flag the first mention
    of each profile (`plead`) and of each CIK (`cik_lead`)."""
    from kg.link.score import count_bucket

    size = len(rows["unique_id"])
    common = (count_bucket(counts) > COMMON_NAME).tolist()
    rows["common"], rows["leads"], rows["plead"], rows["cik_lead"], rows["glead"] = common, [[] for _ in common], \
        [False] * size, [False] * size, [False] * size
    given, family, orgs, cik, profile = rows["given"], rows["family"], rows["orgs"], rows["cik"], rows["profile"]
    seen: set = set()
    graph = rows["graph"]
    order = sorted(range(size), key=lambda k: (graph[k], rows["iri"][k]))
    for k in order:
        if common[k]:
            for org in orgs[k]:
                if (given[k], family[k], org) not in seen:
                    seen.add((given[k], family[k], org))
                    rows["leads"][k].append(org)
        if profile[k] not in seen:
            seen.add(profile[k])
            rows["plead"][k] = True
        if cik[k] and ("cik", cik[k]) not in seen:
            seen.add(("cik", cik[k]))
            rows["cik_lead"][k] = True
    _second_leads(rows, order)
    for k in sorted(order, key=lambda k: -_informed(rows, k)):   # stable: (graph, IRI) order among equals
        if rows["plead"][k] and ("group", rows["group"][k]) not in seen:
            seen.add(("group", rows["group"][k]))
            rows["glead"][k] = True


def _informed(rows: Rows, k: int) -> int:
    """How much a mention says beside its name (its group's representative should say the most)."""
    return sum(bool(rows[c][k]) for c in ("cik", "middle", "country", "address", "positions"))


def _second_leads(rows: Rows, order: list[int]) -> None:
    """A profile whose first mention shares its filing with another profile of the name also
    leads from its first mention in another filing: the two profiles' pair in one filing is
    not what their pairs across filings are (roster, named together)."""
    given, family, graph, profile, plead = rows["given"], rows["family"], rows["graph"], rows["profile"], rows["plead"]
    profiles: dict[tuple, set] = {}
    for k in order:
        profiles.setdefault((given[k], family[k], graph[k]), set()).add(profile[k])
    crowded = {profile[k]: graph[k] for k in order if plead[k] and len(profiles[(given[k], family[k], graph[k])]) > 1}
    for k in order:
        if crowded.get(profile[k], graph[k]) != graph[k]:
            plead[k] = True
            del crowded[profile[k]]


def representatives(rows: Rows) -> tuple:
    """What decides the pairs blocking makes (kg.link.update compares it before and after
    mentions are added: a change means pairs made earlier are not the ones made now)."""
    return rows["common"], rows["leads"], rows["plead"], rows["cik_lead"], rows["glead"]


def pair_counts(rows: Rows, left, counts=None):
    """For each pair (its left unique_id), how many rows carry its given and family name."""
    import numpy as np

    counts = name_counts(rows) if counts is None else counts
    ids = np.asarray(rows["unique_id"], dtype=np.int64)
    by_id = np.zeros(int(ids.max()) + 1 if len(ids) else 0, dtype=np.int64)
    by_id[ids] = counts
    return by_id[left]


def paired(rows: Rows, left, right, levels, count):
    """Which pairs blocking makes for the corpus as it is (rows marked by mark_common): a
    pair of one common name stays only with the same CIK, a shared organisation that one
    side leads, or one profile that one side leads (left, right: unique_ids; levels:
    COLUMNS order)."""
    import numpy as np

    from kg.link.score import COLUMNS, count_bucket

    name, cik = (levels[:, COLUMNS.index(c)] for c in ("name", "cik"))
    doubtful = np.flatnonzero((name <= 1) & (name >= 0) & (count_bucket(count) > COMMON_NAME) & (cik != 1))
    keep = np.ones(len(levels), dtype=bool)
    if not len(doubtful):
        return keep
    at = {uid: k for k, uid in enumerate(rows["unique_id"])}
    for k in doubtful.tolist():
        a, b = at[int(left[k])], at[int(right[k])]
        shared = set(rows["orgs"][a]).intersection(rows["orgs"][b])
        keep[k] = not shared.isdisjoint(rows["leads"][a]) or not shared.isdisjoint(rows["leads"][b]) or \
            (rows["profile"][a] == rows["profile"][b] and (rows["plead"][a] or rows["plead"][b]))
    return keep


def blocking_keys(rows: Rows, k: int) -> set[tuple]:
    """Keys two rows share whenever a blocking rule may pair them: the family name; the
    given name with the family name's ends; the sound of the family name; the names
    swapped; the CIK."""
    family, given = rows["family"][k], rows["given"][k]
    keys = {("family", family), ("ends", given, family[:3], family[-2:]), ("pair", *sorted((given, family))),
            ("sound", rows["sound"][k])}
    if rows["cik"][k]:
        keys.add(("cik", rows["cik"][k]))
    return keys


def schema():
    import pyarrow as pa
    strings = pa.list_(pa.string())
    return pa.schema([("unique_id", pa.int64())] + [(name, pa.string()) for name in TEXT_COLUMNS]
                     + [(name, strings) for name in LIST_COLUMNS] + [(name, pa.bool_()) for name in FLAG_COLUMNS])


def table(rows: Rows):
    import pyarrow as pa
    return pa.Table.from_pydict(rows, schema=schema())


def scored_pairs(rows: Rows, left, right, levels, counts=None):
    """Pairs (unique_ids of `rows`) with their levels, scored for the corpus of `rows`."""
    from kg.link.score import Scored, corpus_size
    return Scored(left, right, levels, pair_counts(rows, left, counts), corpus_size(len(rows["unique_id"])))
