"""Mutated real filings: truncation, byte flips, deleted tags, doubled headers, junk.

Whatever the bytes, `documents.load`, `sections.find_sections` and `extract.extract`
either succeed or raise a kg.errors.KgError that names the file; nothing else escapes.
"""
from __future__ import annotations

import re
import sys
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.errors import KgError
from kg.read.documents import load

ROOT = Path(__file__).parents[1]
SEEDS = sorted(
    p for folder in ("tests/data/edgar", "tests/data/filings", "tests/data/xml", "examples/filings")
    for p in (ROOT / folder).glob("*") if p.suffix in (".txt", ".htm", ".html", ".xml"))
FUZZ = settings(max_examples=200, deadline=None, derandomize=True,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
_TAG = re.compile(rb"</?[A-Za-z][A-Za-z0-9-]*[^>]{0,200}>")
_HEADER = re.compile(rb"<SEC-HEADER>.*?</SEC-HEADER>\s*", re.S)

pytestmark = pytest.mark.skipif(not SEEDS, reason="no real filings in the test data")


def truncate(data: bytes, at: int, _: bytes) -> bytes:
    return data[:at % (len(data) + 1)]


def flip_bytes(data: bytes, at: int, junk: bytes) -> bytes:
    out = bytearray(data)
    for i, byte in enumerate(junk[:8]):
        if out:
            out[(at + i * 7919) % len(out)] = byte
    return bytes(out)


def delete_tag(data: bytes, at: int, _: bytes) -> bytes:
    tags = list(_TAG.finditer(data))
    if not tags:
        return data
    tag = tags[at % len(tags)]
    return data[:tag.start()] + data[tag.end():]


def double_header(data: bytes, at: int, _: bytes) -> bytes:
    header = _HEADER.search(data)
    if header:
        return data[:header.end()] + header.group(0) + data[header.end():]
    cut = at % (len(data) + 1)
    return data[:cut] + data[:cut] + data[cut:]


def insert_junk(data: bytes, at: int, junk: bytes) -> bytes:
    cut = at % (len(data) + 1)
    return data[:cut] + junk + data[cut:]


MUTATIONS = [truncate, flip_bytes, delete_tag, double_header, insert_junk]
CASES = st.tuples(st.sampled_from(SEEDS or [ROOT]), st.sampled_from(MUTATIONS),
                  st.integers(min_value=0, max_value=10**7), st.binary(min_size=1, max_size=64))


def _mutated(case, folder: str) -> Path:
    seed, mutate, at, junk = case
    path = Path(folder) / f"mutant{seed.suffix}"
    path.write_bytes(mutate(seed.read_bytes(), at, junk))
    return path


def _only_kg_errors(run, path: Path) -> None:
    try:
        run(path)
    except KgError as exc:
        assert exc.source and Path(exc.source).name == path.name, f"error without the file: {exc}"
        assert exc.problem


@FUZZ
@given(CASES)
def test_load_survives_mutations(case):
    with tempfile.TemporaryDirectory() as folder:
        _only_kg_errors(load, _mutated(case, folder))


@FUZZ
@given(CASES)
def test_sections_survive_mutations(case):
    sections = pytest.importorskip("kg.read.sections")

    def run(path: Path) -> None:
        doc = load(path)
        if doc.kind != "xml":
            for section in sections.find_sections(doc.text):
                assert 0 <= section.start <= section.end <= len(doc.text)

    with tempfile.TemporaryDirectory() as folder:
        _only_kg_errors(run, _mutated(case, folder))


@FUZZ
@given(CASES)
def test_extract_survives_mutations(case):
    from kg.extract import extract
    with tempfile.TemporaryDirectory() as folder:
        _only_kg_errors(extract, _mutated(case, folder))


@FUZZ
@given(st.binary(min_size=0, max_size=2048))
def test_load_survives_arbitrary_bytes(data):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "random.txt"
        path.write_bytes(data)
        _only_kg_errors(load, path)


# ---- the fuzz campaign's own mutations (benchmarks/fuzz.py), a small fixed sample ----------------
sys.path.insert(0, str(ROOT / "benchmarks"))
import fuzz as campaign  # noqa: E402

SAMPLE = [index for index in range(80) if len(campaign.mutant(18, index)[2]) < 200_000][:40]


@pytest.mark.parametrize("index", SAMPLE)
def test_campaign_sample_extracts_and_maps_or_refuses(tmp_path, index):
    """Input `index` of campaign seed 18: extraction gives a filing whose graph can be made, or a KgError."""
    from kg.extract import extract
    from kg.graph.mapping import map_filing
    source, mutations, data = campaign.mutant(18, index)
    path = tmp_path / f"{index}{source.suffix}"
    path.write_bytes(data)
    try:
        filing = extract(path)
    except KgError as exc:
        assert exc.source and exc.problem
        return
    map_filing(filing)
