"""Scoring files and folders: gold files paired with predictions or filings, one report each and their sum.

    pairs = find_pairs("golds/", "filings/")      # [(gold path, prediction or filing path), ...]
    result = evaluate(pairs)                       # a SetReport: per-file reports, summed and mean figures

A gold file is `NAME.gold.json`. Its prediction is a JSON object of the extraction contract
(`.json`, or `.jsonl` holding one line) or a filing, which is extracted here. Without a
prediction, the filing beside the gold file (`NAME.*`) is read. In a folder, gold files
are found recursively and each is paired with `NAME.json` or a filing `NAME.*` in the same
relative folder of the prediction folder.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import InputError, KgError
from kg.evaluate import AREAS, Counts, Report, score

GOLD_SUFFIX = ".gold.json"
PREDICTION_SUFFIXES = (".json", ".jsonl")


@dataclass
class SetReport:
    files: list[Report] = field(default_factory=list)

    @property
    def areas(self) -> dict[str, Counts]:
        """Facts summed over the files, per area (each area over the files that score it)."""
        summed: dict[str, Counts] = {}
        for report in self.files:
            for area, counts in report.areas.items():
                summed[area] = summed.get(area, Counts()) + counts
        return {area: summed[area] for area in AREAS if area in summed}

    @property
    def total(self) -> Counts:
        return sum((report.total for report in self.files), Counts())

    def mean_f1(self, area: str | None = None) -> float | None:
        """The mean of the files' F1, in an area (over the files that score it) or overall."""
        values = [r.f1(area) for r in self.files if area is None or area in r.areas]
        return sum(values) / len(values) if values else None

    def to_dict(self, verbose: bool = False) -> dict:
        areas = {area: counts.to_dict() | {"mean_f1": self.mean_f1(area)} for area, counts in self.areas.items()}
        return {"files": [report.to_dict(verbose) for report in self.files], "areas": areas,
                "total": self.total.to_dict() | {"mean_f1": self.mean_f1()}}


def load_json(path: str | Path) -> dict:
    """One contract object from a `.json` file, or a `.jsonl` file of exactly one line."""
    try:
        text = Path(path).read_text(encoding="utf-8")
        lines = [line for line in text.splitlines() if line.strip()]
        data = json.loads(lines[0]) if str(path).endswith(".jsonl") and len(lines) == 1 else json.loads(text)
    except (OSError, UnicodeDecodeError, json.JSONDecodeError, IndexError) as exc:
        raise InputError(str(path), f"cannot read as JSON: {exc}") from exc
    if not isinstance(data, dict):
        raise InputError(str(path), "expected one JSON object of the extraction contract")
    return data


def prediction(path: str | Path) -> dict:
    """A prediction file as it is, or what kg extracts from a filing, as the contract's JSON."""
    if str(path).endswith(PREDICTION_SUFFIXES):
        return load_json(path)
    from kg.extract import extract
    from kg.records import to_dict
    return json.loads(json.dumps(to_dict(extract(path))))


def score_files(gold_path: str | Path, predicted_path: str | Path) -> Report:
    """Score one pair of files; a prediction that cannot be had counts as empty, with the error kept."""
    gold = load_json(gold_path)
    try:
        predicted, error = prediction(predicted_path), None
    except KgError as exc:
        predicted, error = {}, exc.problem
    report = score(gold, predicted)
    report.gold_source, report.predicted_source, report.error = str(gold_path), str(predicted_path), error
    return report


def evaluate(pairs: list[tuple[Path, Path]]) -> SetReport:
    return SetReport([score_files(gold, predicted) for gold, predicted in pairs])


def find_pairs(gold: str | Path, predicted: str | Path | None = None) -> list[tuple[Path, Path]]:
    """(gold file, prediction or filing) for a gold file or a folder of them; see the module's doc."""
    gold = Path(gold)
    if gold.is_dir():
        golds = sorted(gold.rglob("*" + GOLD_SUFFIX))
        if not golds:
            raise InputError(str(gold), f"no gold files (*{GOLD_SUFFIX}) in this folder")
        if predicted is not None and not Path(predicted).is_dir():
            raise InputError(str(predicted), "a folder of gold files is scored against a folder of predictions")
        return [(g, _partner(g, Path(predicted) / g.parent.relative_to(gold) if predicted else g.parent))
                for g in golds]
    if not gold.is_file():
        raise InputError(str(gold), "no such gold file or folder")
    if predicted is None or Path(predicted).is_dir():
        return [(gold, _partner(gold, Path(predicted) if predicted else gold.parent))]
    return [(gold, Path(predicted))]


def _partner(gold: Path, folder: Path) -> Path:
    """`NAME.json` or the one filing `NAME.*` in `folder` for the gold file `NAME.gold.json`
    (or the file its `source` names there)."""
    stem = gold.name[: -len(GOLD_SUFFIX)] if gold.name.endswith(GOLD_SUFFIX) else gold.stem
    if (folder / f"{stem}.json").is_file() and (folder / f"{stem}.json").resolve() != gold.resolve():
        return folder / f"{stem}.json"
    found = [p for p in folder.glob(f"{stem}.*") if p.is_file() and not p.name.endswith(GOLD_SUFFIX)
             and p.suffix != ".json"]
    source = load_json(gold).get("source")
    if not found and isinstance(source, str) and (folder / Path(source).name).is_file():
        found = [folder / Path(source).name]
    if len(found) != 1:
        what = "no prediction or filing" if not found else f"{len(found)} candidate files"
        raise InputError(str(gold), f"{what} named {stem}.* in {folder}")
    return found[0]
