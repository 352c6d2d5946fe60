"""Roster accuracy: people precision and recall on real rosters and on re-layouts, development
part beside the held-out part.

    python benchmarks/bench_rosters.py [--part dev|heldout|all]

Parts (see tests/data/rosters_real/SOURCES.md and tests/relayout.py):
- real, dev: tests/data/rosters (the reader's first set) and tests/data/rosters_real/dev (the
  first and second held-out sets included, since they have been seen: the second, heldout2,
  was measured once at P 0.797 / R 0.388 and then moved into dev/);
- real, held-out (fresh): every tests/data/rosters_real/heldout* folder, measured when one exists
  (gathered by someone else, never read while the reader was tuned);
- re-layouts, dev: the development families rendered from tests/data/relayout/people_dev.json;
- re-layouts, held-out: the held-out families, rendered from the development people and from
  the people of the real development rosters that print address and citizenship.
Scores are kg's own (kg.evaluate), area `people`. "wrong person" counts predicted values that
belong to another listed person and not to the one they are attached to.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

import relayout  # noqa: E402

import kg  # noqa: E402
from kg.errors import KgError  # noqa: E402
from kg.evaluate import Counts, score  # noqa: E402
from kg.records import to_dict  # noqa: E402

DATA = ROOT / "tests" / "data"
FIELDS = ("citizenship", "country", "address", "address_city", "address_country")


def _predict(path: Path) -> dict:
    try:
        return to_dict(kg.extract(path))
    except KgError:
        return {"people": []}


def wrong_person(gold: dict, predicted: dict) -> int:
    """Values attached to a person that are another listed person's and not their own."""
    owners: dict[tuple[str, str], set[str]] = {}
    for person in gold.get("people", []):
        for field in FIELDS:
            if person.get(field):
                owners.setdefault((field, str(person[field]).casefold()), set()).add(person["name"])
        for field in ("positions", "other_positions"):
            for value in person.get(field) or []:
                owners.setdefault((field, value.casefold()), set()).add(person["name"])
    own = {p["name"]: p for p in gold.get("people", [])}
    count = 0
    for person in predicted.get("people", []):
        values = [(f, str(person[f]).casefold()) for f in FIELDS if person.get(f)]
        values += [(f, v.casefold()) for f in ("positions", "other_positions") for v in person.get(f) or []]
        for key in values:
            holders = owners.get(key, set())
            if holders and person["name"] not in holders and person["name"] in own:
                count += 1
    return count


def score_file(gold_path: Path, source: Path) -> tuple[Counts, int]:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    predicted = _predict(source)
    report = score({"people": gold["people"]}, {"people": predicted.get("people", [])})
    return report.areas["people"], wrong_person(gold, predicted)


def real_files(folder: Path) -> list[tuple[str, Path, Path]]:
    out = []
    for gold in sorted(folder.glob("*.gold.json")):
        stem = gold.name[: -len(".gold.json")]
        source = next(p for p in folder.glob(stem + ".*") if not p.name.endswith(".gold.json"))
        out.append((stem, gold, source))
    return out


def address_lines(address: str) -> list[str]:
    """A gold address as printed lines: split at commas, but a legal form ('Inc.') or a state
    and postal code ('NY 10166') stays on the line before it."""
    lines: list[str] = []
    for piece in address.split(", "):
        if lines and re.fullmatch(r"(?:Inc|Corp|Ltd|LLC|L\.P|N\.A|Jr|Suite \w+)\.?|[A-Z][A-Za-z. ]*\d{4,5}(?:-\d{4})?", piece):
            lines[-1] += f", {piece}"
        else:
            lines.append(piece)
    return lines


def real_rosters() -> list[relayout.Roster]:
    """The people of the real development rosters (those that print address and citizenship
    for at least two people of one organisation), in the renderer's shape."""
    rosters = []
    for _stem, gold_path, _source in real_files(DATA / "rosters_real" / "dev"):
        people = [p for p in json.loads(gold_path.read_text(encoding="utf-8"))["people"]
                  if p.get("address") and p.get("organization") and p.get("citizenship")]
        if len(people) < 2:
            continue
        organization = people[0]["organization"]
        rosters.append(relayout.Roster(organization, [dict(
            name=p["name"], positions=p.get("positions") or [], other_positions=p.get("other_positions") or [],
            citizenship=p["citizenship"], country=p.get("country"), address=address_lines(p["address"]),
            address_city=p.get("address_city"), address_country=p.get("address_country"),
            bodies=p.get("bodies") or []) for p in people if p["organization"] == organization]))
    return rosters


def relayouts(families: dict, rosters: list[relayout.Roster], folder: Path, tag: str) -> list[tuple[str, Path, Path]]:
    out = []
    variants = [relayout.Options(), relayout.Options(upper_last_first=True, rules=True),
                relayout.Options(numbered=True, markers=False, width=28)]
    for family, render in families.items():
        for r_index, roster in enumerate(rosters):
            for v_index, options in enumerate(variants):
                suffix, text, people = render(roster, options)
                stem = f"{tag}_{family}_{r_index}_{v_index}"
                source = folder / f"{stem}{suffix}"
                source.write_text(text, encoding="utf-8")
                gold = folder / f"{stem}.gold.json"
                gold.write_text(json.dumps(relayout.gold_document(source.name, people)), encoding="utf-8")
                out.append((stem, gold, source))
    return out


def measure(label: str, files: list[tuple[str, Path, Path]], rows: list[str], families: list[str] = ()) -> Counts:
    total, wrong_total = Counts(), 0
    by_family: dict[str, tuple[Counts, int, int]] = {}
    for stem, gold, source in files:
        counts, wrong = score_file(gold, source)
        total, wrong_total = total + counts, wrong_total + wrong
        rows.append(f"| {label} | {stem} | {_fmt(counts.precision)} | {_fmt(counts.recall)} | {counts.f1:.3f} | {wrong} |")
        family = max((f for f in families if f"_{f}_" in stem), key=len, default=None)  # (the longest: html_table
        # is part of pre_text_html_table_annex)
        if family:
            c, w, n = by_family.get(family, (Counts(), 0, 0))
            by_family[family] = (c + counts, w + wrong, n + 1)
    for family, (c, w, n) in by_family.items():
        rows.append(f"| *{label}* | *{family}, all {n}* | *{_fmt(c.precision)}* | *{_fmt(c.recall)}* | *{c.f1:.3f}* | *{w}* |")
    rows.append(f"| **{label}** | **all {len(files)}** | **{_fmt(total.precision)}** | **{_fmt(total.recall)}** | "
                f"**{total.f1:.3f}** | **{wrong_total}** |")
    return total


def _fmt(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--part", choices=["dev", "heldout", "all"], default="all")
    args = parser.parse_args()
    rows = ["| part | file | precision | recall | F1 | wrong person |", "| --- | --- | --- | --- | --- | --- |"]
    dev_rosters = relayout.load_rosters(DATA / "relayout" / "people_dev.json")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        if args.part in ("dev", "all"):
            measure("real, dev", real_files(DATA / "rosters") + real_files(DATA / "rosters_real" / "dev"), rows)
            measure("re-layout, dev", relayouts(relayout.DEV_FAMILIES, dev_rosters + real_rosters(), folder, "dev"), rows,
                    list(relayout.DEV_FAMILIES))
        if args.part in ("heldout", "all"):
            for fresh in sorted((DATA / "rosters_real").glob("heldout*")):
                measure(f"real, held-out ({fresh.name})", real_files(fresh), rows)
            if relayout.HELD_OUT_FAMILIES:
                measure("re-layout, held-out", relayouts(relayout.HELD_OUT_FAMILIES, dev_rosters + real_rosters(),
                                                         folder, "heldout"), rows, list(relayout.HELD_OUT_FAMILIES))
    print("\n".join(rows))


if __name__ == "__main__":
    main()
