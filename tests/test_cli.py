"""The command line: formats, bad input, batches that go on past failures."""
from __future__ import annotations

import json
import re
import subprocess
import sys

from conftest import DATA, ROOT, SEED


def run(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "kg", *args], capture_output=True, text=True, cwd=cwd)


def test_empty_file(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_text("")
    result = run("extract", str(path))
    assert result.returncode != 0
    assert result.stderr.strip() == f"Error: {path}: empty file"


def test_binary_file(tmp_path):
    path = tmp_path / "image.bin"
    path.write_bytes(bytes(range(256)) * 40)
    result = run("extract", str(path))
    assert result.returncode != 0 and result.stderr.startswith(f"Error: {path}: ")
    assert "Traceback" not in result.stderr


def test_document_that_is_not_a_13d(tmp_path):
    path = tmp_path / "letter.txt"
    path.write_text("Dear shareholder,\n\nThe annual meeting will be held on May 5, 2004.\n")
    result = run("extract", str(path))
    assert result.returncode != 0
    assert re.fullmatch(rf"Error: {re.escape(str(path))}: not a Schedule 13D or 13G.*\n", result.stderr)


def test_truncated_filing_gives_what_was_read_and_a_warning(tmp_path):
    text = SEED.read_text()
    path = tmp_path / "truncated.txt"
    path.write_text(text[: text.index("Item 5.")])
    result = run("extract", str(path), "--format", "json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["reporting_persons"][0]["aggregate_amount"] == 714400
    assert "unparsed-section" in [w["code"] for w in data["warnings"]]


def test_batch_goes_on_reports_every_failure_and_exits_nonzero(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_text("")
    errors = tmp_path / "errors.jsonl"
    result = run("extract", str(SEED), str(bad), str(DATA / "filings"), "--format", "jsonl",
                 "--errors", str(errors), "--jobs", "2")
    assert result.returncode == 1
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(lines) == 1 + len(list((DATA / "filings").glob("*.gold.json")))
    assert [json.loads(line)["file"] for line in errors.read_text().splitlines()] == [str(bad)]
    assert f"Error: {bad}: empty file" in result.stderr


def test_table_format_names_the_people(tmp_path):
    result = run("extract", str(SEED), "--format", "table")
    assert result.returncode == 0
    assert "Tom de Waard" in result.stdout and "cusip-mismatch" in result.stdout


def test_every_command_is_documented_in_the_readme():
    from kg.cli.main import main
    readme = (ROOT / "README.md").read_text()
    for name in main.commands:
        assert f"kg {name}" in readme, f"kg {name} is not in the README"


def test_a_model_that_is_not_installed_is_refused_without_download():
    result = run("extract", str(SEED), "--model", "no_such_pipeline_xyz")
    assert result.returncode == 2
    assert result.stderr.startswith("Error: spaCy pipeline 'no_such_pipeline_xyz' is not installed")


def test_a_file_over_the_size_limit_is_refused_by_name(tmp_path, monkeypatch):
    import pytest

    import kg
    import kg.read.documents
    from kg.errors import InputError
    path = tmp_path / "huge.txt"
    path.write_text(SEED.read_text() * 3)
    monkeypatch.setattr(kg.read.documents, "MAX_BYTES", 20_000)
    with pytest.raises(InputError) as caught:
        kg.extract(path)
    assert caught.value.source == str(path) and "too large" in caught.value.problem


def test_hostile_xml_is_refused_on_the_command_line(tmp_path):
    path = tmp_path / "laughs.xml"
    path.write_text('<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]>\n'
                    "<ownershipDocument>&lol2;</ownershipDocument>\n")
    result = run("extract", str(path))
    assert result.returncode == 1
    assert result.stderr.startswith(f"Error: {path}: ") and "Traceback" not in result.stderr


def test_build_keeps_links_current(tmp_path):
    store = tmp_path / "store"
    first = run("build", str(SEED), "--store", str(store))
    assert first.returncode == 0, first.stderr
    assert "person entities" in first.stderr  # a status line: stderr
    second = run("build", str(DATA / "filings" / "13g_text_trinity_blackrock.txt"), "--store", str(store))
    assert second.returncode == 0, second.stderr
    linked = run("link", "--store", str(store), "--format", "json")
    entities = json.loads(linked.stdout)
    names = {name for entity in entities for name in entity["names"]}
    assert "Tom de Waard" in names and "BlackRock, Inc." in names  # both builds are in the links
    ferro = [e for e in entities if "Carlo Ferro" in e["names"]]  # signer and Annex A officer: one entity
    bozotti = [e for e in entities if "Carlo Bozotti" in e["names"]]
    assert len(ferro) == 1 and len(bozotti) == 1 and ferro[0]["iri"] != bozotti[0]["iri"]


# ---- conventions: -h, stdout for data, stderr for messages, -o -, --format json -------------
def test_every_command_answers_dash_h():
    from kg.cli.main import main
    for name in main.commands:
        result = run(name, "-h")
        assert result.returncode == 0 and result.stdout.startswith("Usage:"), name


def test_several_filings_as_json_are_one_array_and_jsonl_one_line_each():
    files = [str(SEED), str(DATA / "filings" / "13g_text_trinity_blackrock.txt")]
    as_json = run("extract", *files, "--format", "json")
    assert as_json.returncode == 0, as_json.stderr
    data = json.loads(as_json.stdout)
    assert [item["source"] for item in data] == files
    assert isinstance(json.loads(run("extract", files[0]).stdout), dict)  # one file: one object
    lines = run("extract", *files, "--format", "jsonl").stdout.splitlines()
    assert [json.loads(line)["source"] for line in lines] == files


def test_build_prints_status_on_stderr_and_json_on_request(tmp_path):
    store = tmp_path / "store"
    built = run("build", str(SEED), "--store", str(store))
    assert built.returncode == 0 and built.stdout == "" and "triples written" in built.stderr
    again = run("build", str(SEED), "--store", str(store), "--format", "json")
    report = json.loads(again.stdout)
    assert report["filings"] == 1 and report["failed"] == [] and report["store_triples"] > 1000
    valid = run("validate", "--store", str(store), "--format", "json")
    checked = json.loads(valid.stdout)
    assert (checked["graphs"], checked["conforms"], checked["violations"]) == (1, True, [])
    assert checked["findings"].get("cusip-mismatch") == 1  # the seed prints two CUSIPs for its class
    queries = json.loads(run("queries", "--format", "json").stdout)
    assert any(q["name"] == "board-and-officers" and q["parameters"] for q in queries)
    explained = json.loads(run("explain", "Tom de Waard", "--store", str(store), "--format", "json").stdout)
    assert isinstance(explained, list)
    turtle = run("export-rdf", "--format", "turtle", "--store", str(store), "-o", "-")
    assert turtle.stdout.startswith("@") and "@prefix schema: <http://schema.org/>" in turtle.stdout
    assert "<https://w3id.org/kg-sec/ontology#" not in turtle.stdout.split("\n", 12)[-1]  # terms are prefixed
    exported = run("export", "--format", "graphml", "--store", str(store), "-o", "-", cwd=tmp_path)
    assert exported.stdout.startswith("<?xml") and not (tmp_path / "-").exists()
    assert "written to stdout" in exported.stderr


def test_query_output_is_plain_flat_and_fits(tmp_path):
    store = tmp_path / "store"
    assert run("build", str(DATA / "xml" / "form4_snow_scarpelli.xml"), "--store", str(store)).returncode == 0
    args = ("query", "transactions-of-filer", "-p", "filer_name=scarpelli", "--store", str(store))
    records = json.loads(run(*args, "--format", "json").stdout)
    assert records[0]["first_date"] == "2022-12-13" and isinstance(records[0]["shares"], int)
    tsv = run(*args, "--format", "tsv").stdout
    assert "^^" not in tsv and "\t2022-12-13\t" in tsv
    import os
    narrow = subprocess.run([sys.executable, "-m", "kg", *args], capture_output=True, text=True,
                            env={**os.environ, "COLUMNS": "110"}).stdout.splitlines()
    body = [line for line in narrow if not line.startswith("(")]
    assert max(len(line) for line in body) <= 110
    totals = [r for r in records if r["row"] == "total"]
    assert totals and all(re.search(rf"\b{r['value']}\b", "\n".join(body)) for r in totals)  # never cut
    assert "sha256/" not in "".join(body) or "…" in "".join(body)  # filing IRIs shortened
