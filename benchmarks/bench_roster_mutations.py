"""Mutated layouts: values the roster reader puts on the wrong person when the development re-layouts
are perturbed the way EDGAR conversions perturb text (issue 13; tests/relayout_mutations.py).

    python benchmarks/bench_roster_mutations.py [--kinds indent,tabs,...] [--combined 2] [--seed 0]
                                                [--variants 1|3] [--examples 5] [--families a,b]

Every development family (relayout_mutations.FAMILIES: relayout.DEV_FAMILIES but the heldout8 ones)
renders every development roster (the people of tests/data/relayout/people_dev.json and of the real
development rosters, as benchmarks/bench_rosters.py does) in `--variants` option variants (1: one variant per family and roster, in turn); each single
mutation is applied to each rendering, then `--combined` rounds of two or three random mutations
together. Counted per mutation kind and per family: files checked, values on another listed person
("wrong"), persons not listed (organisations included), files refused or crashed, people precision and
recall (kg.evaluate, area `people`). Misses are allowed; a wrong value or an unlisted person is not.
Derandomized: the same --seed gives the same texts.
"""
from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "benchmarks"))

import relayout  # noqa: E402
import relayout_mutations as mut  # noqa: E402
from bench_rosters import DATA, real_rosters  # noqa: E402

import kg  # noqa: E402
from kg.errors import KgError  # noqa: E402
from kg.evaluate import Counts, score  # noqa: E402
from kg.records import to_dict  # noqa: E402

VARIANTS = [relayout.Options(), relayout.Options(upper_last_first=True, rules=True),
            relayout.Options(numbered=True, markers=False, width=28)]


@dataclass
class Tally:
    files: int = 0
    wrong: int = 0
    unlisted: int = 0
    refused: int = 0
    crashed: int = 0
    counts: Counts = field(default_factory=Counts)

    def add(self, other: "Tally") -> None:
        for name in ("files", "wrong", "unlisted", "refused", "crashed"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.counts = self.counts + other.counts


def check(folder: Path, stem: str, suffix: str, text: str, expected: list[dict]) -> tuple[Tally, list[str]]:
    path = folder / f"{stem}{suffix}"
    path.write_bytes(text.encode("utf-8"))
    tally = Tally(files=1)
    try:
        predicted = to_dict(kg.extract(path)).get("people", [])
    except KgError:
        tally.refused, predicted = 1, []
    except Exception as error:  # noqa: BLE001 (a crash is counted and shown, not hidden)
        tally.crashed, predicted = 1, []
        return tally, [f"crash: {type(error).__name__}: {error}"]
    found = mut.violations(expected, predicted)
    tally.unlisted = sum(1 for v in found if v.endswith("is not a listed person"))
    tally.wrong = len(found) - tally.unlisted
    tally.counts = score({"people": expected}, {"people": predicted}).areas["people"]
    return tally, found


def plans(kinds: list[str], combined: int, rng: random.Random) -> list[tuple[str, list[str]]]:
    out = [("none", [])] + [(kind, [kind]) for kind in kinds]
    text_kinds = [k for k in kinds if k in mut.TEXT]
    for _ in range(combined):
        out.append(("combined", rng.sample(text_kinds, rng.choice([2, 3])) + (["rewrap"] if rng.random() < 0.3 else [])))
    return out


def run(args) -> tuple[dict, dict, list[str]]:
    rng = random.Random(args.seed)
    rosters = relayout.load_rosters(DATA / "relayout" / "people_dev.json") + real_rosters()
    by_kind: dict[str, Tally] = {}
    by_family: dict[tuple[str, str], Tally] = {}
    examples: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        for label, kinds in plans(args.kinds, args.combined, rng):
            for family in (f for f in mut.FAMILIES if not args.families or f in args.families):
                for r_index, roster in enumerate(rosters):
                    chosen = range(3) if args.variants == 3 else [(r_index + len(label)) % 3]
                    for v_index in chosen:
                        seed = f"{args.seed}:{label}:{'+'.join(kinds)}:{family}:{r_index}:{v_index}"
                        sample = mut.mutated(family, roster, VARIANTS[v_index], kinds, random.Random(seed))
                        if sample is None:
                            continue
                        tally, found = check(Path(tmp), f"{family}_{r_index}_{v_index}", *sample)
                        by_kind.setdefault(label, Tally()).add(tally)
                        by_family.setdefault((label, family), Tally()).add(tally)
                        if found and len(examples) < args.examples:
                            examples.append(f"{'+'.join(kinds) or 'none'} {family} roster {r_index} variant "
                                            f"{v_index} (seed {seed!r}): {found[:3]}")
    return by_kind, by_family, examples


def _fmt(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def _row(label: str, t: Tally) -> str:
    return (f"| {label} | {t.files} | {t.wrong} | {t.unlisted} | {t.refused} | {t.crashed} | "
            f"{_fmt(t.counts.precision)} | {_fmt(t.counts.recall)} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kinds", default=",".join(mut.KINDS))
    parser.add_argument("--combined", type=int, default=3, help="rounds of 2-3 random mutations together")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--variants", type=int, choices=[1, 3], default=1)
    parser.add_argument("--examples", type=int, default=10)
    parser.add_argument("--families", default="", help="only these families (comma-separated; default: all)")
    args = parser.parse_args()
    args.families = [f for f in args.families.split(",") if f]
    args.kinds = [k for k in args.kinds.split(",") if k]
    started = time.process_time()
    by_kind, by_family, examples = run(args)
    head = "| {} | files | wrong person | not listed | refused | crashed | P | R |\n| --- | ---: | ---: | ---: | ---: | ---: | --- | --- |"
    print(head.format("mutation"))
    total = Tally()
    for label, tally in by_kind.items():
        print(_row(label, tally))
        total.add(tally) if label != "none" else None
    print(_row("**all mutated**", total))
    print("\n" + head.format("mutation x family (only those with a wrong value, an unlisted person or a crash)"))
    for (label, family), tally in by_family.items():
        if tally.wrong or tally.unlisted or tally.crashed:
            print(_row(f"{label} x {family}", tally))
    print(f"\nCPU seconds: {time.process_time() - started:.1f}")
    for line in examples:
        print("-", line)


if __name__ == "__main__":
    main()
