"""Recombined layouts: values the roster reader puts on the wrong person on layouts it has not seen that recombine
what it knows (issue 13, twenty-fifth round; tests/relayout_combos.py).

    python benchmarks/bench_roster_combos.py [--files 600] [--seed 0] [--wide | --wider] [--examples 20] [--keep DIR] [--audit N]

File i of a seed renders development roster i (the people of tests/data/relayout/people_dev.json and of the real
development rosters, as benchmarks/bench_rosters.py does, in turn) through relayout_combos.combo_layout with
random.Random(f"{seed}:{i}"), so the same seed gives the same texts. Counted per layout kind and overall: files,
values on another listed person ("wrong"), persons who are none of the listed (organisations included), files
refused or crashed, people precision and recall (kg.evaluate, area `people`; the counting is
bench_roster_mutations.check's). `--examples` prints the description of each file with a wrong value or an
unlisted person; `--keep` writes those files (text and expected people) to DIR; `--audit N` classifies every
predicted value the expected people do not hold (benchmarks/audit_roster_values.py) and prints N of them.
"""
from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "benchmarks"))

import relayout  # noqa: E402
import relayout_combos  # noqa: E402
from audit_roster_values import audit_file  # noqa: E402
from bench_roster_mutations import Tally, _row, check  # noqa: E402
from bench_rosters import DATA, real_rosters  # noqa: E402


def rosters() -> list[relayout.Roster]:
    return relayout.load_rosters(DATA / "relayout" / "people_dev.json") + real_rosters()


def sample(all_rosters: list[relayout.Roster], seed: int, index: int, wide: bool = False, wider: bool = False):
    """(stem, suffix, text, expected people, description) of file `index` of `seed` (`wide`: with the
    twenty-sixth round's axes, relayout_combos.WIDE; `wider`: those and the twenty-seventh round's, WIDER)."""
    roster = all_rosters[index % len(all_rosters)]
    suffix, text, people, description = relayout_combos.combo_layout(roster, random.Random(f"{seed}:{index}"), wide,
                                                                     wider)
    return f"combo_{seed}_{index}", suffix, text, people, description


def run(args) -> tuple[dict, list[str], list[tuple]]:
    all_rosters = rosters()
    by_kind: dict[str, Tally] = {}
    examples: list[str] = []
    junk: list[tuple] = []  # (class, person, field, value, gold value, file) of each value not in the expected
    with tempfile.TemporaryDirectory() as tmp:
        for index in range(args.files):
            stem, suffix, text, people, description = sample(all_rosters, args.seed, index, args.wide, args.wider)
            tally, found = check(Path(tmp), stem, suffix, text, people)
            if args.audit:
                gold = Path(tmp) / f"{stem}.gold.json"
                gold.write_text(json.dumps(relayout.gold_document(stem + suffix, people)), encoding="utf-8")
                junk += [(*row, stem) for row in audit_file(gold, Path(tmp) / f"{stem}{suffix}")]
            by_kind.setdefault(description.split(";")[0], Tally()).add(tally)
            if found:
                examples.append(f"{stem} ({description}): {found[:3]}")
                if args.keep:
                    keep = Path(args.keep)
                    keep.mkdir(parents=True, exist_ok=True)
                    (keep / f"{stem}{suffix}").write_text(text, encoding="utf-8")
                    (keep / f"{stem}.expected.json").write_text(json.dumps(people, indent=1), encoding="utf-8")
    return by_kind, examples, junk


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=600)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--examples", type=int, default=20)
    parser.add_argument("--wide", action="store_true", help="with the twenty-sixth round's axes (relayout_combos.WIDE)")
    parser.add_argument("--wider", action="store_true", help="with the twenty-sixth and twenty-seventh rounds' axes "
                        "(relayout_combos.WIDE and WIDER; the files of --wide with more axes)")
    parser.add_argument("--keep", default=None, help="write the files with a violation to this folder")
    parser.add_argument("--audit", type=int, default=0, help="list predicted values not expected, by class "
                        "(benchmarks/audit_roster_values.py), and this many of them")
    args = parser.parse_args()
    started = time.process_time()
    by_kind, examples, junk = run(args)
    print("| layout kind | files | wrong person | not listed | refused | crashed | P | R |\n"
          "| --- | ---: | ---: | ---: | ---: | ---: | --- | --- |")
    total = Tally()
    for kind in sorted(by_kind):
        print(_row(kind, by_kind[kind]))
        total.add(by_kind[kind])
    print(_row("**all**", total))
    print(f"\nfiles with a violation: {len(examples)}; CPU seconds: {time.process_time() - started:.1f}")
    for line in examples[: args.examples]:
        print("-", line)
    if args.audit:
        classes: dict[str, int] = {}
        for row in junk:
            classes[row[0]] = classes.get(row[0], 0) + 1
        print(f"\nvalues not expected: {len(junk)}; by class: {dict(sorted(classes.items()))}")
        for row in junk[: args.audit]:
            print("-", " | ".join(map(str, row)))


if __name__ == "__main__":
    main()
