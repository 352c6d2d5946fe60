"""A junk-value audit of the roster reader (issue 13): every predicted value of a listed person that the gold
does not give that person, and every predicted person who is not listed, classified by shape.

    python benchmarks/audit_roster_values.py [--examples 3] [--families a,b] [--real-only | --relayout-only]

Over the real development rosters (tests/data/rosters, tests/data/rosters_real/dev) and every development
re-layout family (benchmarks/bench_rosters.py's files, NOT_YET_READ families included). Persons pair with the
gold by name (kg.evaluate's pairing). A predicted value agrees when its words are the gold's for that field
(positions: each title of it, split at 'and' and commas as kg.evaluate does, is one of the gold's or restates a
body; other positions: kg.evaluate's one-to-one rule per value). Classes, first rule that holds:
- cell: holds '|', a tab or a box/rule character (or a run of three '-', '=' or '_');
- caption: holds a caption word ('Name', 'Principal Occupation', 'Citizenship', 'Business Address', ...)
  that the gold value does not;
- punctuation: starts or ends with punctuation (a closing '.' or ')' aside);
- cut: a run of words inside the gold value (a prefix, suffix or fragment);
- overlong: the gold value is a run of words inside it (something glued on);
- wrong field: the gold gives the value (or holds it as a run of words) on another field of the same person
  (a city inside the address, a title in the other list of titles aside);
- number: a date, an age or a number the gold value does not hold;
- gold empty: a clean-looking value where the gold gives nothing;
- other.
Unlisted persons: cell, caption, punctuation, organisation (a legal-form word), glued (a listed name is a run
inside it), cut (a run inside a listed name), other.
"""
from __future__ import annotations

import argparse
import re
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "benchmarks"))

import json  # noqa: E402

import relayout  # noqa: E402
from bench_rosters import DATA, _predict, real_files, real_rosters, relayouts  # noqa: E402
from test_roster_cases import NOT_YET_READ  # noqa: E402

from kg.evaluate import PEOPLE, _pair  # noqa: E402
from kg.evaluate_values import _TITLE_JOINS, _restates_a_body, _same_role, run_inside, words  # noqa: E402

SCALARS = ("citizenship", "address", "address_city", "address_country", "organization")
LISTS = ("positions", "other_positions", "bodies")
NESTED = {("address_city", "address"), ("address_country", "address"), ("other_positions", "positions"),
          ("positions", "other_positions")}  # (a city is part of its address; a title may stand in both lists)
CELL = re.compile(r"[|\t\u2500-\u257f\u2580-\u259f]|-{3}|={3}|_{3}")
CAPTIONS = re.compile(r"\b(?:names?|principal\s+occupation|present\s+principal|occupation|citizenship|"
                      r"nationality|business\s+address|residence\s+address|residence|address|employment|"
                      r"position|title|country\s+of)\b", re.I)
PUNCT_START = re.compile(r"^[\s,;:.\-\u2013\u2014)/&*]")
PUNCT_END = re.compile(r"[,;:\-\u2013\u2014(/&*]\s*$")
NUMBER = re.compile(r"\b(?:\d{1,2}/\d{1,2}/\d{2,4}|(?:19|20)\d\d|age\s+\d+|\d+)\b", re.I)
LEGAL = re.compile(r"\b(?:inc|corp|corporation|ltd|llc|l\.?p|plc|ag|sa|nv|bv|gmbh|company|co|holdings|group|"
                   r"partners|fund|trust|bank|limited)\b\.?", re.I)


def _values(person: dict, field: str) -> list[str]:
    value = person.get(field)
    if field in LISTS:
        return [str(v) for v in value or []]
    return [str(value)] if value not in (None, "") else []


def _titles(values: list[str]) -> list[tuple[str, ...]]:
    return [tuple(words(p)) for v in values for p in _TITLE_JOINS.split(v) if p.strip() and words(p)]


def agrees(field: str, value: str, gold: dict) -> bool:
    golds = _values(gold, field)
    if field == "positions":
        mine, theirs = _titles([value]), _titles(golds)
        bodies = gold.get("bodies") or []
        return bool(mine) and all(any(_same_role(t, g) for g in theirs) or _restates_a_body(list(t), bodies)
                                  for t in mine)
    if field in ("other_positions", "bodies"):
        return any(_same_role(tuple(words(value)), tuple(words(g))) for g in golds)
    return any(words(value) == words(g) for g in golds)


def classify(field: str, value: str, gold: dict) -> str:
    golds = _values(gold, field)
    own = " ".join(golds)
    mine = words(value)
    if CELL.search(value):
        return "cell"
    if any(m.group(0).casefold() not in own.casefold() for m in CAPTIONS.finditer(value)):
        return "caption"
    if PUNCT_START.search(value) or PUNCT_END.search(value):
        return "punctuation"
    if any(run_inside(mine, words(g)) for g in golds):
        return "cut"
    if any(run_inside(words(g), mine) for g in golds):
        return "overlong"
    for other in (*SCALARS, *LISTS):
        if other in (field, "organization") or (field, other) in NESTED:
            continue
        if any(mine and (words(g) == mine or run_inside(mine, words(g))) for g in _values(gold, other)):
            return "wrong field"
    if field not in ("address",) and NUMBER.search(value) and not NUMBER.search(own):
        return "number"
    if not golds:
        return "gold empty"
    return "other"


def classify_person(name: str, gold_people: list[dict]) -> str:
    if CELL.search(name):
        return "cell"
    if CAPTIONS.search(name):
        return "caption"
    if PUNCT_START.search(name) or PUNCT_END.search(name):
        return "punctuation"
    if LEGAL.search(name):
        return "organisation"
    mine = words(name)
    listed = [words(p["name"]) for p in gold_people]
    if any(run_inside(g, mine) for g in listed):
        return "glued"
    if any(run_inside(mine, g) for g in listed):
        return "cut"
    return "other"


def audit_file(gold_path: Path, source: Path) -> list[tuple[str, str, str, str, str]]:
    """(class, person, field, predicted value, gold value) for each value not in the gold."""
    gold = json.loads(gold_path.read_text(encoding="utf-8"))["people"]
    predicted = _predict(source).get("people", [])
    found = []
    for g, p in _pair(gold, predicted, PEOPLE):
        if p is None:
            continue
        if g is None:
            found.append((classify_person(str(p.get("name")), gold), str(p.get("name")), "(person)",
                          str(p.get("name")), ""))
            continue
        for field in (*LISTS, *SCALARS):
            for value in _values(p, field):
                if not agrees(field, value, g):
                    found.append((classify(field, value, g), g["name"], field, value,
                                  " | ".join(_values(g, field))))
    return found


def _family(stem: str, families: list[str]) -> str:
    return next((f for f in sorted(families, key=len, reverse=True) if stem.startswith(f"dev_{f}_")), stem)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=3)
    parser.add_argument("--families", default="")
    parser.add_argument("--real-only", action="store_true")
    parser.add_argument("--relayout-only", action="store_true")
    parser.add_argument("--all", action="store_true", help="print every finding, one a line")
    args = parser.parse_args()
    families = dict(relayout.DEV_FAMILIES)
    if args.families:
        families = {k: v for k, v in families.items() if k in args.families.split(",")}
    by_class: Counter = Counter()
    by_group: dict[str, Counter] = defaultdict(Counter)
    examples: dict[str, dict[str, str]] = defaultdict(dict)  # class -> group -> first example
    with tempfile.TemporaryDirectory() as tmp:
        files = [] if args.relayout_only else [
            ("real, dev", stem, g, s) for stem, g, s in real_files(DATA / "rosters") + real_files(
                DATA / "rosters_real" / "dev")]
        if not args.real_only:
            rosters = relayout.load_rosters(DATA / "relayout" / "people_dev.json") + real_rosters()
            files += [(_family(stem, list(families)), stem, g, s)
                      for stem, g, s in relayouts(families, rosters, Path(tmp), "dev")]
        for group, stem, gold, source in files:
            for kind, person, field, value, gold_value in audit_file(gold, source):
                by_class[kind] += 1
                if args.all:
                    print(f"{kind}\t{stem}\t{person}\t{field}\t{value!r}\t{gold_value!r}")
                by_group[group][kind] += 1
                examples[kind].setdefault(stem if group == "real, dev" else group, f"{stem}: {person}: {field}: {value!r} (gold {gold_value!r})")
    print("| class | count |\n| --- | ---: |\n" + "\n".join(f"| {k} | {n} |" for k, n in by_class.most_common()))
    print(f"| **all** | **{sum(by_class.values())}** |\n")
    print("| group | " + " | ".join(sorted(by_class)) + " |\n| --- |" + " ---: |" * len(by_class))
    for group in sorted(by_group):
        marks = " (NOT_YET_READ)" if group in NOT_YET_READ else ""
        print(f"| {group}{marks} | " + " | ".join(str(by_group[group][k]) for k in sorted(by_class)) + " |")
    for kind in sorted(examples):
        print(f"\n{kind} (first per group):")
        for line in list(examples[kind].values())[:args.examples]:
            print("-", line)

if __name__ == "__main__":
    main()
