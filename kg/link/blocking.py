"""Candidate pairs of person mentions: the blocking rules and Splink on DuckDB, with
rapidfuzz string similarity registered in DuckDB as `kg_jw` (Jaro-Winkler) and `kg_tset`
(token set ratio). Only pairs that share a blocking key are compared (never all pairs);
each pair's comparison levels (kg.link.score.COMPARISONS) are found from the weights
Splink reports, and scored by kg.link.score.
"""
from __future__ import annotations

import logging

from kg.link.mentions import Mention
from kg.link.names import fold, person_name
from kg.link.score import COLUMNS, COMPARISONS, MIN_CORPUS, OTHER_MENTIONS, Scored, corpus_size, count_bucket, weight

# A common name (printed on more than COMMON_NAME mentions, in doublings) would pair every
# mention with every other. Its mentions are paired only when they share a CIK, or an
# organisation and one of them is that organisation's representative for the name (the
# mention first in (graph, IRI) order): a star per name and organisation, not all pairs,
# so that a signer on thousands of filings makes thousands of pairs, not millions. A pair
# of a common name with neither could not reach "same" anyway: the name's own frequency
# makes it weak evidence (see kg.link.score.scores).
COMMON_NAME = 256
_SAME_COMMON = "(l.given = r.given AND l.family = r.family AND l.common)"
BLOCKING = [  # (rule, arrays to explode): equality parts are hash joins; the rest filters inside DuckDB
    ("l.family = r.family AND l.given = r.given AND NOT l.common", None),
    ("l.family = r.family AND l.given = r.given AND l.common AND l.orgs = r.orgs "
     "AND (list_contains(l.leads, l.orgs) OR list_contains(r.leads, r.orgs))", ["orgs"]),
    ("l.family = r.family AND left(l.given, 1) = left(r.given, 1) AND (length(l.given) = 1 OR length(r.given) = 1)"
     f" AND NOT {_SAME_COMMON}", None),
    (f"l.family = r.family AND l.given_alt <> '' AND left(l.given_alt, 1) = left(r.given, 1) AND NOT {_SAME_COMMON}",
     None),
    (f"l.family = r.family AND r.given_alt <> '' AND left(r.given_alt, 1) = left(l.given, 1) AND NOT {_SAME_COMMON}",
     None),
    ("l.cik = r.cik", None),
    ("l.given = r.given AND left(l.family, 3) = left(r.family, 3) AND right(l.family, 2) = right(r.family, 2) "
     "AND l.family <> r.family", None),
    ("l.given = r.family AND l.family = r.given AND l.given <> l.family", None),
]


def person_rows(mentions: list[Mention], ids: list[int] | None = None) -> list[dict]:
    """The person mentions as the scorer compares them; `unique_id` is ids[k] (default k)."""
    rows = []
    for k, m in enumerate(mentions):
        index = k if ids is None else ids[k]
        name = person_name(m.name)
        rows.append({"unique_id": index, "graph": m.graph, "iri": m.iri, "cik": m.cik, "given": name.given,
                     "given_alt": name.given_alt, "middle": name.middle, "family": name.family,
                     "suffix": name.suffix, "orgs": sorted(m.orgs), "country": m.country,
                     "address": fold(m.address) if m.address else None, "positions": sorted(m.positions),
                     "listed": sorted(m.listed_in), "rp": "reporting-person" in m.roles, "common": False,
                     "leads": []})
    return rows


def mark_common(rows: list[dict], counts) -> None:
    """Flag the rows whose given and family name is common (counts: name_counts of the
    corpus) and list in `leads` the organisations each represents for its common name."""
    leader: dict[tuple, dict] = {}
    for row, common in zip(rows, (count_bucket(counts) > COMMON_NAME).tolist()):
        row["common"], row["leads"] = common, []
        for org in row["orgs"] if common else ():
            key = (row["given"], row["family"], org)
            if key not in leader or (row["graph"], row["iri"]) < (leader[key]["graph"], leader[key]["iri"]):
                leader[key] = row
    for (_, _, org), row in leader.items():
        row["leads"].append(org)


def paired(left, right, levels, count, row_of: dict[int, dict]):
    """Which pairs blocking makes for the corpus as it is (rows marked by mark_common): a
    pair of one common name stays only with the same CIK or a shared organisation that one
    side leads (left, right: unique_ids; levels: COLUMNS order; row_of: unique_id -> row)."""
    import numpy as np

    name, cik = (levels[:, COLUMNS.index(c)] for c in ("name", "cik"))
    doubtful = np.flatnonzero((name <= 1) & (name >= 0) & (count_bucket(count) > COMMON_NAME) & (cik != 1))
    keep = np.ones(len(levels), dtype=bool)
    for k in doubtful.tolist():
        a, b = row_of[int(left[k])], row_of[int(right[k])]
        shared = set(a["orgs"]).intersection(b["orgs"])
        keep[k] = not shared.isdisjoint(a["leads"]) or not shared.isdisjoint(b["leads"])
    return keep


def _register_rapidfuzz(con) -> None:
    import pyarrow as pa
    try:
        from duckdb.sqltypes import DOUBLE, VARCHAR
    except ImportError:  # duckdb < 1.4
        from duckdb.typing import DOUBLE, VARCHAR
    from rapidfuzz import fuzz, process
    from rapidfuzz.distance import JaroWinkler

    def vectorised(scorer, scale):
        def udf(left, right):
            scores = process.cpdist(left.to_pylist(), right.to_pylist(), scorer=scorer, workers=1)
            return pa.array(scores / scale, type=pa.float64())
        return udf

    varchar, double = VARCHAR, DOUBLE
    con.create_function("kg_jw", vectorised(JaroWinkler.normalized_similarity, 1.0), [varchar, varchar], double,
                        type="arrow")
    con.create_function("kg_tset", vectorised(fuzz.token_set_ratio, 100.0), [varchar, varchar], double,
                        type="arrow")


def _settings(fresh_from: int | None = None):
    import splink.comparison_level_library as cll
    import splink.comparison_library as cl
    from splink import SettingsCreator, block_on  # noqa: F401  (block_on: see BLOCKING)
    from splink.blocking_rule_library import CustomRule

    only = "" if fresh_from is None else f" AND (l.unique_id >= {int(fresh_from)} OR r.unique_id >= {int(fresh_from)})"
    comparisons = []
    for column, description, table in COMPARISONS:
        levels = []
        for condition, reason, m, u in table:
            if m is None:
                levels.append(cll.CustomLevel(condition, reason).configure(is_null_level=True))
            else:
                levels.append(cll.CustomLevel(condition, reason).configure(m_probability=m, u_probability=u))
        comparisons.append(cl.CustomComparison(levels, output_column_name=column,
                                               comparison_description=description))
    return SettingsCreator(link_type="dedupe_only", comparisons=comparisons,
                           blocking_rules_to_generate_predictions=[CustomRule(rule + only, arrays_to_explode=explode)
                                                                  for rule, explode in BLOCKING],
                           probability_two_random_records_match=OTHER_MENTIONS / MIN_CORPUS, retain_matching_columns=False,
                           retain_intermediate_calculation_columns=True)


def name_counts(rows: list[dict]):
    """For each row, how many rows carry its given and family name."""
    from collections import Counter

    import numpy as np

    keys = [(row["given"], row["family"]) for row in rows]
    counter = Counter(keys)
    return np.array([counter[key] for key in keys], dtype=np.int64)


def score_pairs(mentions: list[Mention], *, rows: list[dict] | None = None) -> Scored:
    """Candidate pairs (by blocking) of person mentions with their levels and scores
    (left and right are the rows' unique_ids, by default indexes into `mentions`)."""
    rows = rows if rows is not None else person_rows(mentions)
    counts = name_counts(rows)
    mark_common(rows, counts)
    return scored(rows, *candidate_levels(rows), counts)


def pair_counts(rows: list[dict], left, counts=None):
    """For each pair (its left unique_id), how many rows carry its given and family name
    (counts: name_counts(rows), when already known)."""
    import numpy as np

    counts = name_counts(rows) if counts is None else counts
    ids = np.array([row["unique_id"] for row in rows], dtype=np.int64)
    by_id = np.zeros(int(ids.max()) + 1 if len(ids) else 0, dtype=np.int64)
    by_id[ids] = counts
    return by_id[left]


def scored(rows: list[dict], left, right, levels, counts=None) -> Scored:
    """Pairs (unique_ids of `rows`) with their levels, scored for the corpus of `rows`."""
    return Scored(left, right, levels, pair_counts(rows, left, counts), corpus_size(len(rows)))


def blocking_keys(row: dict) -> set[tuple]:
    """Keys two rows share whenever a blocking rule may pair them (rules 1-3: the family
    name; 4: the CIK; 5: given name and the family name's ends; 6: the names swapped)."""
    family, given = row["family"], row["given"]
    keys = {("family", family), ("ends", given, family[:3], family[-2:]), ("pair", *sorted((given, family)))}
    if row["cik"]:
        keys.add(("cik", row["cik"]))
    return keys


def candidate_levels(rows: list[dict], fresh_from: int | None = None):
    """(left, right, levels) of the pairs Splink's blocking finds among `rows`: row
    `unique_id`s and the comparison levels, found from the weights Splink reports. With
    `fresh_from`, only pairs with a unique_id >= fresh_from on one side at least."""
    import numpy as np

    empty = np.zeros(0, dtype=np.int64)
    if len(rows) < 2:
        return empty, empty, np.zeros((0, len(COLUMNS)), dtype=np.int8)
    import duckdb
    import pyarrow as pa
    from splink import DuckDBAPI, Linker

    logging.getLogger("splink").setLevel(logging.ERROR)
    con = duckdb.connect()
    try:
        _register_rapidfuzz(con)
        table = pa.Table.from_pylist(rows, schema=_SCHEMA())
        db = DuckDBAPI(connection=con)
        linker = Linker(db.register(table), _settings(fresh_from), log_level=logging.ERROR)
        predictions = linker.inference.predict()
        weights = ", ".join(f"mw_{column}" for column in COLUMNS)
        result = con.execute(f"SELECT unique_id_l, unique_id_r, {weights} "
                             f"FROM {predictions.physical_name}").fetchnumpy()
    finally:
        con.close()
    levels = np.full((len(result["unique_id_l"]), len(COLUMNS)), -1, dtype=np.int8)
    for k, column in enumerate(COLUMNS):
        mw = np.asarray(result[f"mw_{column}"], dtype=np.float64)
        for index, w in _WEIGHTS[column]:
            levels[np.abs(mw - w) < 1e-6, k] = index
    pairs = np.stack([np.asarray(result["unique_id_l"], dtype=np.int64),
                      np.asarray(result["unique_id_r"], dtype=np.int64)], axis=1)
    pairs, first = np.unique(np.sort(pairs, axis=1), axis=0, return_index=True)  # one row a pair, however found
    levels = levels[first]
    return (pairs[:, 0], pairs[:, 1],
            levels)


_WEIGHTS = {column: [(i, weight(m, u)) for i, (_, _, m, u) in enumerate(table) if m is not None]
            for column, _, table in COMPARISONS}
for _column, _levels in _WEIGHTS.items():  # levels must be told apart by their weights
    _values = [round(w, 6) for _, w in _levels]
    assert len(set(_values)) == len(_values) and 0.0 not in _values, _column


def _SCHEMA():
    import pyarrow as pa
    strings = pa.list_(pa.string())
    return pa.schema([("unique_id", pa.int64()), ("graph", pa.string()), ("cik", pa.string()),
                      ("given", pa.string()), ("given_alt", pa.string()), ("middle", pa.string()),
                      ("family", pa.string()), ("suffix", pa.string()), ("orgs", strings),
                      ("country", pa.string()), ("address", pa.string()), ("positions", strings),
                      ("listed", strings), ("rp", pa.bool_()), ("common", pa.bool_()), ("leads", strings),
                      ("iri", pa.string())])
