"""Scoring pairs of person mentions: a Fellegi-Sunter model. Splink runs the string
comparisons (kg.link.blocking, on DuckDB or Spark); the comparisons of organisations and
associates by *entity* are computed after the organisations (and, round by round, the
people) are resolved (kg.link.context).

The model's parameters are fixed here, not trained: each comparison level has an
m probability (how often two mentions of one person fall in it) and a u probability
(how often two unrelated mentions do); its weight is log2(m/u). A pair's score is the
prior log2 odds plus the weights of its levels; every weight becomes a reason.

One score, one decision: weights are whole tenths of a bit (integers here), so the score
is exactly the sum of the weights printed beside the reasons, and the score printed is
the score compared with the thresholds.

Two parts follow the corpus (Splink's term-frequency idea, done in numpy so that a pair's
levels, found once, are scored again as the corpus grows):
- the prior: each mention is expected to have OTHER_MENTIONS other mentions of the same
  entity among the corpus's N person mentions;
- an exact name: its u is the share of other mentions printed with that given and family
  name ((c - 1) / N), so a rare name counts for more than John Smith.
N and c are rounded up to powers of two (N at least MIN_CORPUS), so scores change only
when the corpus or a name's count doubles, not with every filing added.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np

OTHER_MENTIONS = 3.0    # expected other mentions of a mention's entity (sets the prior; an assumption)
MIN_CORPUS = 2 ** 15    # smallest corpus size the prior and name frequencies assume
FREQUENCY_LEVELS = {"name": (0, 1, 4)}   # exact-name levels (and swapped) whose u is the name's frequency
SAME_AT, DIFFERENT_AT = 20, -40   # thresholds in tenths of a bit: same >= +2.0 (p >= 0.8), different <= -4.0
ENTITY_SIZES = (4, 8, 16, 32, 64, 128)   # the entity-size levels' lower bounds (kg.link.people.entity_levels)

_VARIANT = "(list_contains(given_keys_l, given_r) OR list_contains(given_keys_r, given_l))"


def near(threshold: float, left: str = "family_l", right: str = "family_r") -> str:
    """DuckDB's own Jaro-Winkler (C++, within 1e-7 of rapidfuzz's) as a cheap filter before the
    rapidfuzz UDF that decides: it lets through every pair the UDF keeps (a margin of 1e-6),
    so the UDF runs on few pairs. Spark has no such function: kg.link.blocking.sql takes the
    filter out there. Results are the UDF's either way."""
    return f"jaro_winkler_similarity({left}, {right}) >= {threshold - 1e-6:.6f}"


_INITIAL = "((length(given_l) = 1 OR length(given_r) = 1) AND left(given_l, 1) = left(given_r, 1))"
# (column, description, [(sql condition, reason, m, u)]): the first matching level wins; a
# level with m = u = None is the null level (nothing to compare, weight 0). Conditions are
# DuckDB SQL; Splink translates them for Spark.
NULL = (None, None)
SPLINK_COMPARISONS = [
    ("cik", "CIK", [
        ("cik_l IS NULL OR cik_r IS NULL", "no CIK on one side", *NULL),
        ("cik_l = cik_r", "same CIK", 0.99, 1e-6),
        ("TRUE", "different CIKs", 0.001, 0.999)]),
    ("name", "name", [
        ("given_l = given_r AND family_l = family_r AND middle_l = middle_r", "same full name", 0.55, 1e-5),
        ("given_l = given_r AND family_l = family_r AND (middle_l = '' OR middle_r = '' "
         "OR starts_with(middle_l, middle_r) OR starts_with(middle_r, middle_l))",
         "same given and family name, middle names compatible", 0.3, 2e-5),
        (f"family_l = family_r AND (given_alt_l = given_r OR given_alt_r = given_l "
         f"OR (given_alt_l <> '' AND given_alt_l = given_alt_r) OR {_INITIAL} OR {_VARIANT})",
         "same family name, given names compatible (initial, nickname, other spelling or middle name)", 0.08, 5e-5),
        (f"(given_l = given_r OR {_VARIANT}) AND ((sound_l = sound_r AND {near(0.8)} "
         f"AND kg_jw(family_l, family_r) >= 0.8) OR ({near(0.93)} AND kg_jw(family_l, family_r) >= 0.93))",
         "given names agree, family names alike (same sound and rapidfuzz Jaro-Winkler >= 0.8, or >= 0.93)", 0.03, 1e-5),
        ("given_l = family_r AND family_l = given_r",
         "given and family names swapped (family name first)", 0.02, 1e-5),
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
    ("country", "citizenship", [
        ("country_l IS NULL OR country_r IS NULL", "no citizenship on one side", *NULL),
        ("country_l = country_r", "same citizenship", 0.95, 0.2),
        ("TRUE", "different citizenship", 0.03, 0.8)]),
    ("address", "address", [
        ("address_l IS NULL OR address_r IS NULL", "no address on one side", *NULL),
        ("address_digits_l = address_digits_r AND kg_tset(address_l, address_r) >= 0.9",
         "same business address (same numbers, rapidfuzz token set >= 0.9)", 0.4, 0.001),
        ("TRUE", "different addresses", 0.6, 0.999)]),
    ("positions", "role", [
        ("array_length(positions_l) = 0 OR array_length(positions_r) = 0", "no role on one side", *NULL),
        ("list_has_any(positions_l, positions_r)", "same role or title", 0.3, 0.02),
        ("TRUE", "different roles", 0.7, 0.98)]),
    ("filing", "filing", [
        ("graph_l = graph_r AND (list_has_any(listed_l, listed_r) OR (rp_l AND rp_r))",
         "listed separately in the same filing's roster or cover pages", 1e-6, 1e-3),
        ("graph_l = graph_r", "named together in the same filing (signer, cover, roster, contact)", 0.05, 1e-4),
        ("TRUE", "different filings", 0.95, 0.9999)]),
]
# Compared by entity once organisations (and people, round by round) are resolved (kg.link.context).
CONTEXT_COMPARISONS = [
    ("orgs", "organisation", [
        (None, "no organisation on one side", *NULL),
        (None, "shared organisation, board, issuer or filer (the same organisation entity)", 0.5, 0.001),
        (None, "an organisation of one is in the other's filing (same entity)", 0.3, 0.01),
        (None, "no shared organisation", 0.3, 0.989)]),
    ("associates", "associates", [
        (None, "no associate in common", *NULL),
        (None, "a co-filer or signatory in common (the same person entity)", 0.2, 0.0005)]),
    ("entity", "entity size", [(None, "no mention alone beside an entity of 4 or more", *NULL)] + [
        (None, f"one mention alone, the other's entity has "
               f"{f'{size} to {2 * size - 1}' if size < ENTITY_SIZES[-1] else f'{size} or more'} other mentions "
               f"(a mention is more likely one of a large entity's)", 1.0, OTHER_MENTIONS / size)
        for size in ENTITY_SIZES]),
    ("chain", "filing chain", [
        (None, "no role in common in one filing chain", *NULL),
        (None, "the same role at the same organisation in two filings of one chain (a Schedule 13D or 13G and "
               "its amendments: same issuer, same filers)", 0.2, 0.005)]),
]
COMPARISONS = SPLINK_COMPARISONS + CONTEXT_COMPARISONS
COLUMNS = [column for column, _, _ in COMPARISONS]
SPLINK_COLUMNS = [column for column, _, _ in SPLINK_COMPARISONS]


@dataclass
class Scored:
    """Candidate pairs as arrays: indexes into the mention list, the level index of each
    comparison (columns in COLUMNS order; -1 = null level), how many mentions carry the
    pair's given and family name (`count`, used by exact-name levels), and the score (in
    tenths of a bit) for a corpus of `corpus` person mentions."""

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

    def rescore(self) -> None:
        self.score = scores(self.levels, self.count, self.corpus)

    def level_dict(self, row: int) -> dict[str, int]:
        return {column: int(self.levels[row, k]) for k, column in enumerate(COLUMNS)}

    def subset(self, keep) -> Scored:
        return Scored(self.left[keep], self.right[keep], self.levels[keep], self.count[keep], self.corpus,
                      self.score[keep])


def tenths(m: float | None, u: float | None) -> int:
    """A level's weight, log2(m/u), in whole tenths of a bit."""
    return 0 if m is None else round(10 * math.log2(m / u))


def corpus_size(mentions: int) -> int:
    """The corpus size the model assumes: the next power of two, at least MIN_CORPUS."""
    return max(MIN_CORPUS, 1 << max(mentions - 1, 1).bit_length())


def prior_tenths(corpus: int) -> int:
    chance = OTHER_MENTIONS / corpus
    return round(10 * math.log2(chance / (1 - chance)))


def count_bucket(count):
    """A name's count rounded up to a power of two: scores move when it doubles, not with
    every mention added (so an incremental build rewrites little)."""
    import numpy as np
    return np.left_shift(1, np.ceil(np.log2(np.maximum(count, 1)) - 1e-9).astype(np.int64))


def _frequency_tenths(m: float, count, corpus: int):
    """Weight of an exact name: u is the chance that another mention of the corpus is
    printed with it by another person: (people carrying it - 1) / N, at least a quarter of
    a mention (an unseen namesake)."""
    import numpy as np
    u = np.maximum(count_bucket(count) - 1, 0.25) / corpus
    return np.rint(10 * np.log2(m / u)).astype(np.int32)


def scores(levels, count, corpus: int):
    """Score of each pair in tenths of a bit: prior + the weight of each level; exact-name
    levels weigh log2(m / (c / N)) with the name's own frequency instead of the average u."""
    import numpy as np

    total = np.full(len(levels), prior_tenths(corpus), dtype=np.int32)
    for k, (column, _, table) in enumerate(COMPARISONS):
        lookup = np.array([tenths(m, u) for _, _, m, u in table] + [0], dtype=np.int32)  # index -1: null level
        total += lookup[levels[:, k]]
        for index in FREQUENCY_LEVELS.get(column, ()):
            chosen = levels[:, k] == index
            if chosen.any():
                total[chosen] += _frequency_tenths(table[index][2], count[chosen], corpus) - lookup[index]
    return total


def reasons(levels: dict[str, int], count: int = 1, corpus: int = MIN_CORPUS) -> list[tuple[str, int]]:
    """Each compared feature in plain words with its weight in tenths (null levels left
    out); the weights add up to the pair's score."""
    import numpy as np

    found = [(f"prior odds of a match ({OTHER_MENTIONS:g} other mentions expected among {corpus:,})",
              prior_tenths(corpus))]
    for column, _, table in COMPARISONS:
        index = levels.get(column)
        if index is None or index < 0:
            continue
        _, reason, m, u = table[index]
        if m is None:
            continue
        weight = tenths(m, u)
        if index in FREQUENCY_LEVELS.get(column, ()):
            weight = int(_frequency_tenths(m, np.array([count]), corpus)[0])
            reason = f"{reason} (a name carried by at most {int(count_bucket(count)):,} entities)"
        found.append((reason, weight))
    return found


def bits(value: int) -> str:
    """Tenths of a bit as printed: +2.0."""
    return f"{value / 10:+.1f}"
