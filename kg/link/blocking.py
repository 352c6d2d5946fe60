"""Candidate pairs of person mentions: the blocking rules, and Splink's comparisons of
them on DuckDB (default) or on Spark (kg.link.spark), with rapidfuzz string similarity
registered as `kg_jw` (Jaro-Winkler) and `kg_tset` (token set ratio) on either engine.
Only pairs that share a blocking key are compared (never all pairs); each pair's
comparison levels (kg.link.score.SPLINK_COMPARISONS) are read from the match weights
Splink reports (each level's weight is distinct), chunk by chunk, so memory stays bounded.

The pairs are found by one query of ours (`pairs_sql`: each rule an inner join, their
union without repeats) and handed to Splink to score (`register_blocked_pairs_for_predict`):
Splink's own blocking excludes, in every rule, the pairs of all the rules before it,
candidate by candidate, and runs every rule's join again for each chunk of rows (at a
million mentions 4 to 5 times the CPU of the query and the scoring together).

Rows are columnar: a dict of equal-length lists (kg.link.rows).
"""
from __future__ import annotations

import logging
import re

from kg.link.rows import Rows, table
from kg.link.score import COLUMNS, SPLINK_COMPARISONS, near

_SAME_COMMON = "(l.given = r.given AND l.family = r.family AND l.common)"
_NOT_SAME = "NOT (l.given = r.given AND l.family = r.family)"
_CONTEXT = "(list_has_any(l.orgs, r.orgs) OR l.cik = r.cik OR l.address_digits = r.address_digits)"
_VARIANTS = "(l.one = l.given OR l.one = r.given)"  # the shared variant (`one`) is one side's own name
_LEADS = "l.plead AND r.plead"
_NEAR_93, _NEAR_80 = near(0.93, "l.family", "r.family"), near(0.8, "l.family", "r.family")   # first mentions of their profiles (the rest follow their profile's: kg.link.rows)
BLOCKING = [  # (rule, array exploded): equality parts are hash joins; the rest filters inside the engine
    # a star within each profile; all pairs between the profiles of a name (between a common name's: see below)
    ("l.family = r.family AND l.given = r.given AND l.profile = r.profile AND l.plead", None),
    ("l.family = r.family AND l.given = r.given AND l.profile = r.profile AND r.plead", None),
    (f"l.family = r.family AND l.given = r.given AND l.group <> r.group AND NOT l.common AND {_LEADS}", None),
    (f"l.group = r.group AND NOT l.common AND {_LEADS} AND l.glead", None),
    (f"l.group = r.group AND NOT l.common AND {_LEADS} AND r.glead", None),
    ("l.family = r.family AND l.given = r.given AND l.common AND r.common AND l.one = r.one "
     "AND (list_contains(l.leads, l.one) OR list_contains(r.leads, r.one))", "orgs"),
    ("l.family = r.family AND l.initial = r.initial AND (length(l.given) = 1 OR length(r.given) = 1)"
     f" AND NOT {_SAME_COMMON} AND {_CONTEXT} AND {_LEADS}", None),
    (f"l.family = r.family AND l.given_alt <> '' AND l.alt_initial = r.initial AND NOT {_SAME_COMMON} AND {_CONTEXT}"
     f" AND {_LEADS}", None),
    (f"l.family = r.family AND r.given_alt <> '' AND r.alt_initial = l.initial AND NOT {_SAME_COMMON} AND {_CONTEXT}"
     f" AND {_LEADS}", None),
    (f"l.family = r.family AND l.one = r.one AND {_NOT_SAME} AND {_VARIANTS} AND {_LEADS}", "given_keys"),
    ("l.cik = r.cik AND l.cik_lead", None),   # a star around the CIK's first mention
    ("l.cik = r.cik AND r.cik_lead", None),
    ("l.given = r.given AND l.family_head = r.family_head AND l.family_tail = r.family_tail "
     f"AND l.family <> r.family AND {_LEADS} AND {_NEAR_93} AND kg_jw(l.family, r.family) >= 0.93", None),
    (f"l.sound = r.sound AND l.given = r.given AND l.family <> r.family AND {_LEADS} "
     f"AND {_NEAR_80} AND kg_jw(l.family, r.family) >= 0.8", None),
    (f"l.given = r.family AND l.family = r.given AND l.given <> l.family AND {_LEADS}", None),
]
CHUNK_PAIRS = 2_000_000   # candidate pairs Splink scores at a time (DuckDB)
MEMORY_LIMIT = "1536MB"  # DuckDB's (it spills to a temporary folder past it)


def settings(dialect: str = "duckdb"):
    """Splink's settings: the comparisons (the pairs come from pairs_sql)."""
    import splink.comparison_level_library as cll
    import splink.comparison_library as cl
    from splink import SettingsCreator

    from kg.link.score import MIN_CORPUS, OTHER_MENTIONS

    comparisons = []
    for column, description, levels_table in SPLINK_COMPARISONS:
        levels = []
        for condition, reason, m, u in levels_table:
            level = cll.CustomLevel(sql(condition, dialect), reason)
            levels.append(level.configure(is_null_level=True) if m is None
                          else level.configure(m_probability=m, u_probability=u))
        comparisons.append(cl.CustomComparison(levels, output_column_name=column,
                                               comparison_description=description))
    return SettingsCreator(link_type="dedupe_only", comparisons=comparisons,
                           probability_two_random_records_match=OTHER_MENTIONS / MIN_CORPUS,
                           retain_matching_columns=False, retain_intermediate_calculation_columns=True)


def pairs_sql(source: str, dialect: str = "duckdb", fresh_from: int | None = None) -> str:
    """The candidate pairs (join_key_l < join_key_r, Splink's blocked-pairs columns) of the rows
    in table `source`: each blocking rule an inner join, their union without repeats. With
    `fresh_from`, only pairs with a unique_id >= fresh_from on one side at least."""
    only = "" if fresh_from is None else f" AND (l.unique_id >= {int(fresh_from)} OR r.unique_id >= {int(fresh_from)})"
    joins = []
    for rule, exploded in BLOCKING:
        side = source if exploded is None else f"(SELECT *, unnest({exploded}) AS one FROM {source})"
        joins.append(f"SELECT l.unique_id AS join_key_l, r.unique_id AS join_key_r FROM {side} AS l JOIN {side} AS r "
                     f"ON {rule} AND l.unique_id < r.unique_id{only}")
    union = " UNION ALL ".join(joins)
    return sql(f"SELECT DISTINCT 'kg' AS match_key, join_key_l, join_key_r FROM ({union}) AS found", dialect)


_SPARK = [(r"\blist_has_any\(", "arrays_overlap("), (r"\blist_contains\(", "array_contains("), (r"\bunnest\(", "explode("),
          (r"\bstarts_with\(", "startswith("), (r"\barray_length\(", "size(")]


def sql(condition: str, dialect: str) -> str:
    """The model's SQL (written for DuckDB) in the engine's dialect."""
    if dialect == "duckdb":
        return condition
    condition = re.sub(r"jaro_winkler_similarity\([^()]*\) >= [0-9.]+ AND ", "", condition)   # score.near
    for pattern, replacement in _SPARK:
        condition = re.sub(pattern, replacement, condition)
    return condition


def _weights() -> dict[str, list[tuple[int, float]]]:
    """For each Splink comparison, (level position, match weight Splink reports for it)."""
    import math

    found = {column: [(k, math.log2(m / u)) for k, (_, _, m, u) in enumerate(table) if m is not None]
             for column, _, table in SPLINK_COMPARISONS}
    for column, levels in found.items():  # levels must be told apart by their weights
        values = [round(w, 6) for _, w in levels]
        assert len(set(values)) == len(values) and 0.0 not in values, column
    return found


WEIGHTS = _weights()


def levels_from_weights(weights: dict) -> object:
    """Level positions (int8, COLUMNS order; context columns -1) from Splink's match-weight
    columns (each level's weight is distinct; a null level weighs 0)."""
    import numpy as np

    size = len(next(iter(weights.values())))
    levels = np.full((size, len(COLUMNS)), -1, dtype=np.int8)
    for column, weights_of in WEIGHTS.items():
        mw = np.asarray(weights[column], dtype=np.float64)
        k = COLUMNS.index(column)
        for position, w in weights_of:
            levels[np.abs(mw - w) < 1e-6, k] = position
    return levels


def register_rapidfuzz(con) -> None:
    import pyarrow as pa
    try:
        from duckdb.sqltypes import DOUBLE, VARCHAR
    except ImportError:  # duckdb < 1.4
        from duckdb.typing import DOUBLE, VARCHAR

    def vectorised(scorer):
        def udf(left, right):
            return pa.array(scorer(left.to_pylist(), right.to_pylist()), type=pa.float64())
        return udf

    con.create_function("kg_jw", vectorised(jaro_winkler), [VARCHAR, VARCHAR], DOUBLE, type="arrow")
    con.create_function("kg_tset", vectorised(token_set), [VARCHAR, VARCHAR], DOUBLE, type="arrow")


def jaro_winkler(left: list, right: list):
    """rapidfuzz Jaro-Winkler similarity of each pair (0 where a side is missing)."""
    from rapidfuzz import process
    from rapidfuzz.distance import JaroWinkler
    return process.cpdist(_texts(left), _texts(right), scorer=JaroWinkler.normalized_similarity, workers=1)


def token_set(left: list, right: list):
    """rapidfuzz token set ratio of each pair, 0..1 (0 where a side is missing)."""
    from rapidfuzz import fuzz, process
    return process.cpdist(_texts(left), _texts(right), scorer=fuzz.token_set_ratio, workers=1) / 100.0


def _texts(values: list) -> list[str]:
    return ["" if value is None else value for value in values]


def candidate_levels(rows: Rows, fresh_from: int | None = None, engine: str = "duckdb"):
    """(left, right, levels) of the pairs blocking finds among `rows`: row unique_ids and
    the comparison levels (COLUMNS order; context columns are filled later). With
    `fresh_from`, only pairs with a unique_id >= fresh_from on one side at least."""
    import numpy as np

    empty = np.zeros(0, dtype=np.int64)
    if len(rows["unique_id"]) < 2:
        return empty, empty, np.zeros((0, len(COLUMNS)), dtype=np.int8)
    if engine == "spark":
        from kg.link.spark import spark_gammas
        chunks = spark_gammas(rows, fresh_from)
    elif engine == "duckdb":
        chunks = _duckdb_gammas(rows, fresh_from)
    else:
        raise ValueError(f"unknown linking engine {engine!r} (duckdb or spark)")
    lefts, rights, levels = [], [], []
    for chunk in chunks:
        lefts.append(np.asarray(chunk["unique_id_l"], dtype=np.int64))
        rights.append(np.asarray(chunk["unique_id_r"], dtype=np.int64))
        levels.append(levels_from_weights({c: chunk[f"mw_{c}"] for c in WEIGHTS}))
    if not lefts:
        return empty, empty, np.zeros((0, len(COLUMNS)), dtype=np.int8)
    left, right = np.concatenate(lefts), np.concatenate(rights)
    low, high = np.minimum(left, right), np.maximum(left, right)
    width = int(high.max()) + 1 if len(high) else 1
    _, first = np.unique(low * width + high, return_index=True)  # one row a pair, however found, in (low, high) order
    return low[first], high[first], np.concatenate(levels)[first]


def weights_query(physical_name: str) -> str:
    weights = ", ".join(f"mw_{column}" for column in WEIGHTS)
    return f"SELECT unique_id_l, unique_id_r, {weights} FROM {physical_name}"


def _duckdb_gammas(rows: Rows, fresh_from: int | None):
    """Splink's match weights of the candidate pairs, CHUNK_PAIRS at a time (pairs split by
    their left unique_id)."""
    import duckdb
    from splink import DuckDBAPI, Linker

    logging.getLogger("splink").setLevel(logging.ERROR)
    con = duckdb.connect(config={"memory_limit": MEMORY_LIMIT, "preserve_insertion_order": False})
    try:
        register_rapidfuzz(con)
        con.register("kg_rows_arrow", table(rows))
        con.execute("CREATE TABLE kg_rows AS SELECT * FROM kg_rows_arrow")
        con.unregister("kg_rows_arrow")
        db = DuckDBAPI(connection=con)
        linker = Linker(db.register("kg_rows"), settings("duckdb"), log_level=logging.ERROR)
        con.execute(f"CREATE TABLE kg_pairs AS {pairs_sql('kg_rows', 'duckdb', fresh_from)}")
        total = max(1, -(-con.execute("SELECT count(*) FROM kg_pairs").fetchone()[0] // CHUNK_PAIRS))
        for k in range(total):
            con.execute(f"CREATE OR REPLACE TABLE kg_chunk AS SELECT * FROM kg_pairs WHERE join_key_l % {total} = {k}")
            linker.table_management.register_blocked_pairs_for_predict(db.table_to_splink_dataframe("kg_chunk", "kg_chunk"))
            predictions = linker.inference.predict(warning_mode="never")
            yield con.execute(weights_query(predictions.physical_name)).fetchnumpy()
            predictions.drop_table_from_database_and_remove_from_cache()
    finally:
        con.close()
