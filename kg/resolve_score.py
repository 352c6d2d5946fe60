"""Scoring pairs of person mentions: blocking and a Fellegi-Sunter model run by Splink
(DuckDB), string similarity by rapidfuzz (registered in DuckDB as `kg_jw` and `kg_tset`).

The model's parameters are fixed here, not trained: each comparison level has an
m probability (how often two mentions of one person fall in it) and a u probability
(how often two unrelated mentions do); its weight is log2(m/u). A pair's score is the
prior log2 odds plus the weights of its levels; every weight becomes a reason.
Only pairs that share a blocking key are compared (never all pairs).

Two parts follow the corpus (Splink's term-frequency adjustment, done here in numpy so
that a pair's levels, found once, can be scored again as the corpus grows):
- the prior: each mention is expected to have OTHER_MENTIONS other mentions of the same
  entity among the corpus's N person mentions, so two random mentions match with
  probability OTHER_MENTIONS / N;
- an exact name: its u is the share of other mentions printed with that given and family
  name ((c - 1) / N), not an average, so a rare name counts for more than John Smith.
N and c are rounded up to powers of two (N at least MIN_CORPUS), so scores change only
when the corpus or a name's count doubles, not with every filing added.
"""
from __future__ import annotations

import logging
import math
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kg.resolve_mentions import Mention
from kg.resolve_names import fold, person_name

if TYPE_CHECKING:
    import numpy as np

OTHER_MENTIONS = 3.0    # expected other mentions of a mention's entity (sets the prior; an assumption)
MIN_CORPUS = 2 ** 15    # smallest corpus size the prior and name frequencies assume
FREQUENCY_LEVELS = {"name": (0, 1)}   # exact-name levels whose u is the name's frequency
SAME_AT, DIFFERENT_AT = 2.0, -4.0   # score thresholds (log2 odds): same >= 2 (p >= 0.8), different <= -4

# (column, description, [(sql condition, reason, m, u)]): the first matching level wins;
# a level with m = u = None is the null level (nothing to compare, weight 0).
NULL = (None, None)
COMPARISONS = [
    ("cik", "CIK", [
        ("cik_l IS NULL OR cik_r IS NULL", "no CIK on one side", *NULL),
        ("cik_l = cik_r", "same CIK", 0.99, 1e-6),
        ("TRUE", "different CIKs", 0.001, 0.999)]),
    ("name", "name", [
        ("given_l = given_r AND family_l = family_r AND middle_l = middle_r", "same full name", 0.55, 1e-5),
        (("given_l = given_r AND family_l = family_r AND (middle_l = '' OR middle_r = '' "
         "OR starts_with(middle_l, middle_r) OR starts_with(middle_r, middle_l))"),
         "same given and family name, middle names compatible", 0.3, 2e-5),
        (("family_l = family_r AND (given_alt_l = given_r OR given_alt_r = given_l "
         "OR (given_alt_l <> '' AND given_alt_l = given_alt_r) "
         "OR ((length(given_l) = 1 OR length(given_r) = 1) AND left(given_l, 1) = left(given_r, 1)))"),
         "same family name, given names compatible (initial, nickname or middle name)", 0.08, 5e-5),
        ("given_l = given_r AND kg_jw(family_l, family_r) >= 0.93",
         "same given name, family names alike (rapidfuzz Jaro-Winkler >= 0.93)", 0.03, 1e-5),
        ("family_l = family_r", "same family name, different given names", 0.02, 5e-4),
        ("TRUE", "names differ", 0.02, 0.999)]),
    ("middle", "middle names", [
        ("middle_l = '' OR middle_r = ''", "middle name missing on one side", *NULL),
        ("middle_l = middle_r", "same middle initials", 0.6, 0.1),
        ("starts_with(middle_l, middle_r) OR starts_with(middle_r, middle_l)", "middle initials compatible",
         0.2, 0.1),
        ("TRUE", "middle initials conflict", 0.02, 0.8)]),
    ("suffix", "suffix", [
        ("suffix_l = '' AND suffix_r = ''", "no suffix", *NULL),
        ("suffix_l = suffix_r", "same suffix (Jr., III)", 0.1, 0.003),
        ("suffix_l = '' OR suffix_r = ''", "suffix on one side only", 0.04, 0.06),
        ("TRUE", "different suffixes", 0.005, 0.003)]),
    ("orgs", "organisation", [
        ("len(orgs_l) = 0 OR len(orgs_r) = 0", "no organisation on one side", *NULL),
        ("list_has_any(orgs_l, orgs_r)", "shared organisation, board or issuer", 0.5, 0.001),
        ("TRUE", "no shared organisation", 0.5, 0.999)]),
    ("country", "citizenship", [
        ("country_l IS NULL OR country_r IS NULL", "no citizenship on one side", *NULL),
        ("country_l = country_r", "same citizenship", 0.95, 0.2),
        ("TRUE", "different citizenship", 0.03, 0.8)]),
    ("address", "address", [
        ("address_l IS NULL OR address_r IS NULL", "no address on one side", *NULL),
        ("kg_tset(address_l, address_r) >= 0.9", "same business address (rapidfuzz token set >= 0.9)", 0.4, 0.001),
        ("TRUE", "different addresses", 0.6, 0.999)]),
    ("positions", "role", [
        ("len(positions_l) = 0 OR len(positions_r) = 0", "no role on one side", *NULL),
        ("list_has_any(positions_l, positions_r)", "same role or title", 0.3, 0.02),
        ("TRUE", "different roles", 0.7, 0.98)]),
    ("filing", "filing", [
        ("graph_l = graph_r AND (list_has_any(listed_l, listed_r) OR (rp_l AND rp_r))",
         "listed separately in the same filing's roster or cover pages", 1e-6, 1e-3),
        ("graph_l = graph_r", "named together in the same filing (signer, cover, roster, contact)", 0.5, 1e-4),
        ("TRUE", "different filings", 0.5, 0.9999)]),
]
# A common name (printed on more than COMMON_NAME mentions, in doublings) would pair every
# mention with every other; its mentions are paired only when they share an organisation
# or a CIK. Such a pair without either could not reach "same" anyway: the name's own
# frequency makes it weak evidence (see scores()).
COMMON_NAME = 256
_SAME_COMMON = "(l.given = r.given AND l.family = r.family AND l.common)"
BLOCKING = [  # (rule, arrays to explode): equality parts are hash joins; the rest filters inside DuckDB
    ("l.family = r.family AND l.given = r.given AND NOT l.common", None),
    ("l.family = r.family AND l.given = r.given AND l.common AND l.orgs = r.orgs", ["orgs"]),
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


COLUMNS = [column for column, _, _ in COMPARISONS]


@dataclass
class Scored:
    """Candidate pairs as arrays: indexes into the mention list, the level index of each
    comparison (columns in COLUMNS order; -1 = null level), how many mentions carry the
    pair's given and family name (`count`, used by exact-name levels), and the score (log2
    odds) for a corpus of `corpus` person mentions."""

    left: np.ndarray
    right: np.ndarray
    levels: np.ndarray
    count: np.ndarray
    corpus: int
    score: np.ndarray = None

    def __post_init__(self) -> None:
        if self.score is None:
            self.score = scores(self.levels, self.count, self.corpus)

    def __len__(self) -> int:
        return len(self.left)

    def level_dict(self, row: int) -> dict[str, int]:
        return {column: int(self.levels[row, k]) for k, column in enumerate(COLUMNS)}


def weight(m: float | None, u: float | None) -> float:
    return 0.0 if m is None else math.log2(m / u)


def corpus_size(mentions: int) -> int:
    """The corpus size the model assumes: the next power of two, at least MIN_CORPUS."""
    return max(MIN_CORPUS, 1 << max(mentions - 1, 1).bit_length())


def prior_weight(corpus: int) -> float:
    chance = OTHER_MENTIONS / corpus
    return math.log2(chance / (1 - chance))


def count_bucket(count):
    """A name's count rounded up to a power of two: scores move when it doubles, not with
    every mention added (so an incremental build rewrites few judgements)."""
    import numpy as np
    return np.left_shift(1, np.ceil(np.log2(np.maximum(count, 1))).astype(np.int64))


def _frequency_u(count, corpus: int):
    """u of an exact name: the chance that another mention of the corpus is printed with it
    (the mention's own print left out; at least one other)."""
    import numpy as np
    return np.maximum(count_bucket(count) - 1, 1) / corpus


def scores(levels, count, corpus: int):
    """log2 odds of each pair: prior + the weight of each level; exact-name levels weigh
    log2(m / (c / N)) with the name's own frequency instead of the average u."""
    import numpy as np

    total = np.full(len(levels), prior_weight(corpus))
    for k, (column, _, table) in enumerate(COMPARISONS):
        lookup = np.array([weight(m, u) for _, _, m, u in table] + [0.0])  # index -1: null level
        total += lookup[levels[:, k]]
        for index in FREQUENCY_LEVELS.get(column, ()):
            chosen = levels[:, k] == index
            u = table[index][3]
            total[chosen] += np.log2(u / _frequency_u(count[chosen], corpus))
    return total


def reasons(levels: dict[str, int], count: int = 1, corpus: int = MIN_CORPUS) -> list[str]:
    """Each compared feature in plain words with its weight; null levels left out."""
    found = [f"prior odds of a match ({OTHER_MENTIONS:g} other mentions expected among {corpus:,}): "
             f"{prior_weight(corpus):+.1f}"]
    for column, _, table in COMPARISONS:
        index = levels.get(column)
        if index is None or index < 0:
            continue
        _, reason, m, u = table[index]
        if index in FREQUENCY_LEVELS.get(column, ()):
            u = float(_frequency_u(count, corpus))
            reason = f"{reason} (a name printed on at most {int(count_bucket(count)):,} mentions)"
        if m is not None:
            found.append(f"{reason}: {weight(m, u):+.1f}")
    return found


def person_rows(mentions: list[Mention], ids: list[int] | None = None) -> list[dict]:
    """The person mentions as the scorer compares them; `unique_id` is ids[k] (default k)."""
    rows = []
    for k, m in enumerate(mentions):
        index = k if ids is None else ids[k]
        name = person_name(m.name)
        rows.append({"unique_id": index, "graph": m.graph, "cik": m.cik, "given": name.given,
                     "given_alt": name.given_alt, "middle": name.middle, "family": name.family,
                     "suffix": name.suffix, "orgs": sorted(m.orgs), "country": m.country,
                     "address": fold(m.address) if m.address else None, "positions": sorted(m.positions),
                     "listed": sorted(m.listed_in), "rp": "reporting-person" in m.roles, "common": False})
    return rows


def mark_common(rows: list[dict], counts) -> None:
    """Flag the rows whose given and family name is common (counts: name_counts of the corpus)."""
    for row, common in zip(rows, (count_bucket(counts) > COMMON_NAME).tolist()):
        row["common"] = common


def paired(levels, count):
    """Which pairs blocking makes for the corpus as it is: a pair of one common name stays
    only with a shared organisation or the same CIK (levels: COLUMNS order)."""
    name, orgs, cik = (levels[:, COLUMNS.index(c)] for c in ("name", "orgs", "cik"))
    return ~((name <= 1) & (name >= 0) & (count_bucket(count) > COMMON_NAME) & (orgs != 1) & (cik != 1))


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
    mark_common(rows, name_counts(rows))
    return scored(rows, *candidate_levels(rows))


def scored(rows: list[dict], left, right, levels) -> Scored:
    """Pairs (unique_ids of `rows`) with their levels, scored for the corpus of `rows`."""
    import numpy as np

    count_of = dict(zip((row["unique_id"] for row in rows), name_counts(rows).tolist()))
    count = np.array([count_of[i] for i in left.tolist()], dtype=np.int64)
    return Scored(left, right, levels, count, corpus_size(len(rows)))


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
    return (np.asarray(result["unique_id_l"], dtype=np.int64), np.asarray(result["unique_id_r"], dtype=np.int64),
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
                      ("listed", strings), ("rp", pa.bool_()), ("common", pa.bool_())])
