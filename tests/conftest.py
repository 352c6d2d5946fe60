"""Shared fixtures: the bundled real filings and their gold, scored with kg.evaluate."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

TESTS = Path(__file__).parent
DATA = TESTS / "data"
ROOT = TESTS.parent
SEED = DATA / "seed" / "000_1f89013551cd3d2c.txt"
sys.path.insert(0, str(TESTS))


def source_of(gold_path: Path) -> Path:
    """The filing a gold file describes: same stem, any other extension."""
    stem = gold_path.name[: -len(".gold.json")]
    found = [p for p in gold_path.parent.glob(stem + ".*") if not p.name.endswith(".gold.json")]
    assert len(found) == 1, f"{gold_path}: expected one filing beside it, found {found}"
    return found[0]


def gold_files(folder: str) -> list[Path]:
    return sorted((DATA / folder).glob("*.gold.json"))


@pytest.fixture(scope="session")
def seed_filing():
    import kg
    return kg.extract(SEED)


@pytest.fixture(scope="session")
def seed_json(seed_filing):
    from kg.records import to_dict
    return to_dict(seed_filing)


def score_against_gold(gold_path: Path):
    """(report, prediction) for the filing beside `gold_path`: a kg.evaluate.Report and the contract's JSON."""
    import kg
    from kg.evaluate import score
    from kg.records import to_dict
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    prediction = json.loads(json.dumps(to_dict(kg.extract(source_of(gold_path)))))
    return score(gold, prediction), prediction


def differences(report, area: str | None = None) -> list[str]:
    """The facts a report found different, as readable lines (of one area)."""
    return [str(d) for d in report.differences if area is None or d.area == area]


BUNDLED = [DATA / name for name in ("seed", "filings", "xml", "rosters")]


def build_bundled(tmp_path_factory, name: str) -> Path:
    """The bundled real filings built into a fresh on-disk store; returns its folder."""
    from kg.batch import expand_inputs
    from kg.graph.store import build, open_store

    location = tmp_path_factory.mktemp(name) / "store"
    with open_store(location, write=True) as store:
        report = build(store, expand_inputs([str(p) for p in BUNDLED]))
    assert not report.failed, report.failed
    return location


# ---- headless Chromium (the viewer and the serve pages) ---------------------------------
def chromium() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    reason = "no Chromium on PATH (apt-get install -y chromium)"
    if os.environ.get("KG_REQUIRE_SERVERS") == "1":
        pytest.fail(f"KG_REQUIRE_SERVERS=1 but {reason}")
    pytest.skip(reason)


def run_chromium(url: str, *args: str) -> str:
    with tempfile.TemporaryDirectory() as profile:
        result = subprocess.run(
            [chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             f"--user-data-dir={profile}", "--virtual-time-budget=15000", "--window-size=1400,900", *args, url],
            capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout
