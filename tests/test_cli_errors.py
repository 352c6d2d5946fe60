"""Every way a command can be given something it cannot use ends in one line `Error: ...`
and a non-zero exit, never a traceback; an empty input set says so.

Unreadable and unwritable folders are made real by running the command in a process without
the capabilities that let root ignore file permissions (when the tests run as root)."""
from __future__ import annotations

import ctypes
import os
import socket
import subprocess
import sys

import pytest
from click.testing import CliRunner
from conftest import DATA, SEED

from kg.cli.main import main

ROSTER = DATA / "rosters" / "fixed_width_aig.txt"


def kg(*args: str):
    return CliRunner().invoke(main, [str(a) for a in args])


def one_error_line(result, *expected: str, code: int = 1) -> str:
    """The result failed with `code` and printed exactly one line, `Error: ...`, holding `expected`."""
    assert result.exit_code == code, (result.exit_code, result.stdout, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: "), result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    for text in expected:
        assert text in lines[0], lines[0]
    return lines[0]


def _without_root_powers() -> None:
    libc = ctypes.CDLL("libc.so.6", use_errno=True)
    for capability in (1, 2):  # CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH: root obeys file permissions
        if libc.prctl(24, capability, 0, 0, 0) != 0:  # PR_CAPBSET_DROP
            raise OSError(ctypes.get_errno(), "prctl")


def kg_process(*args: str) -> subprocess.CompletedProcess:
    """`kg` in a process that file permissions apply to, even for root."""
    return subprocess.run([sys.executable, "-m", "kg", *map(str, args)], capture_output=True, text=True,
                          preexec_fn=_without_root_powers if os.geteuid() == 0 else None, timeout=300)


def one_error_line_of_process(result: subprocess.CompletedProcess, *expected: str) -> None:
    assert result.returncode == 1, (result.returncode, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: ") and "Traceback" not in result.stderr, result.stderr
    for text in expected:
        assert text in lines[0], lines[0]


# ---- inputs -------------------------------------------------------------------------
def test_a_glob_that_matches_nothing(tmp_path):
    one_error_line(kg("extract", tmp_path / "none*.txt"), "none*.txt", "no file matches")


def test_an_empty_folder_says_so(tmp_path):
    one_error_line(kg("extract", tmp_path), str(tmp_path), "no filings found")
    one_error_line(kg("build", tmp_path, "--store", tmp_path / "store"), "no filings found")


def test_a_folder_with_no_filings_says_so(tmp_path):
    (tmp_path / "notes.json").write_text("{}")
    (tmp_path / ".hidden.txt").write_text("SCHEDULE 13D")
    one_error_line(kg("extract", tmp_path), "no filings found")


def test_an_unreadable_folder(tmp_path):
    folder = tmp_path / "locked"
    folder.mkdir()
    (folder / "a.txt").write_bytes(ROSTER.read_bytes())
    folder.chmod(0)
    try:
        one_error_line_of_process(kg_process("extract", folder), str(folder), "cannot read this folder")
    finally:
        folder.chmod(0o755)


def test_errors_file_in_a_missing_folder(tmp_path):
    target = tmp_path / "missing" / "errors.jsonl"
    one_error_line(kg("extract", ROSTER, "--errors", target), str(target), "No such file")


# ---- stores ---------------------------------------------------------------------------
def test_store_that_is_a_file(tmp_path):
    (tmp_path / "file").write_text("x")
    one_error_line(kg("build", ROSTER, "--store", tmp_path / "file"), "is a file, not a store folder")
    one_error_line(kg("query", "filings", "--store", tmp_path / "file"), "is a file, not a store folder")


def test_store_under_a_file(tmp_path):
    (tmp_path / "file").write_text("x")
    one_error_line(kg("build", ROSTER, "--store", tmp_path / "file" / "store"), "Not a directory")


def test_store_that_cannot_be_written(tmp_path):
    folder = tmp_path / "readonly"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        one_error_line_of_process(kg_process("build", ROSTER, "--store", folder / "store", "--no-link"),
                                  "store", "Permission denied")
    finally:
        folder.chmod(0o755)


def test_corrupt_oxigraph_store(tmp_path):
    location = tmp_path / "store"
    assert kg("build", ROSTER, "--store", location, "--no-link").exit_code == 0
    for current in location.rglob("CURRENT"):  # the live database and its snapshot
        current.write_text("garbage\n")
    one_error_line(kg("query", "filings", "--store", location), "cannot open the Oxigraph database")
    one_error_line(kg("build", ROSTER, "--store", location), "cannot open the Oxigraph database")


def test_build_refuses_a_folder_that_is_not_a_kg_store(tmp_path):
    git = tmp_path / "repo"
    (git / ".git").mkdir(parents=True)
    (git / "README.md").write_text("a project")
    one_error_line(kg("build", ROSTER, "--store", git), "not a kg store")
    assert sorted(p.name for p in git.iterdir()) == [".git", "README.md"]  # nothing written
    import pyoxigraph
    bare = tmp_path / "bare"
    pyoxigraph.Store(str(bare)).flush()
    before = sorted(p.name for p in bare.iterdir())
    one_error_line(kg("build", ROSTER, "--store", bare), "not a kg store", "Oxigraph database")
    assert sorted(p.name for p in bare.iterdir()) == before


def test_output_in_a_missing_folder(tmp_path, built_store):
    target = tmp_path / "missing" / "out.nq"
    one_error_line(kg("export-rdf", "-o", target, "--store", built_store), str(target))
    target = tmp_path / "missing" / "out.graphml"
    one_error_line(kg("export", "--format", "graphml", "-o", target, "--store", built_store), str(target))


# ---- queries and the endpoint ------------------------------------------------------------
def test_a_badly_typed_parameter_is_one_line(built_store):
    one_error_line(kg("query", "major-holders", "--param", "min_percent=abc", "--store", built_store),
                   "min_percent", "not a valid decimal")


def test_a_query_nested_too_deep_is_refused_not_a_crash(tmp_path, built_store):
    query = tmp_path / "deep.rq"
    query.write_text("SELECT * WHERE " + "{" * 5000 + " ?s ?p ?o " + "}" * 5000)
    one_error_line(kg("query", query, "--store", built_store), "deeper than")
    query.write_text("SELECT * WHERE { ?s ?p ?o FILTER(" + "(" * 5000 + "true" + ")" * 5000 + ") }")
    one_error_line(kg("query", query, "--store", built_store), "deeper than")


def test_serve_on_a_port_in_use(built_store):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        one_error_line(kg("serve", "--store", built_store, "--port", port), f"127.0.0.1:{port}",
                       "Address already in use")


def test_serve_on_a_host_that_does_not_resolve(built_store):
    one_error_line(kg("serve", "--store", built_store, "--host", "no-such-host.invalid"), "unknown host")


@pytest.fixture(scope="module")
def built_store(tmp_path_factory):
    location = tmp_path_factory.mktemp("cli_errors") / "store"
    result = kg("build", SEED, "--store", location, "--no-link", "--no-validate")
    assert result.exit_code == 0, result.stderr
    return location


def test_build_writes_each_failed_file_to_the_errors_file(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    errors = tmp_path / "errors.jsonl"
    result = kg("build", ROSTER, empty, "--store", tmp_path / "store", "--no-link", "--errors", errors)
    assert result.exit_code == 1
    assert f"Error: {empty}: empty file" in result.stderr and "Traceback" not in result.stderr
    import json
    assert [json.loads(line) for line in errors.read_text().splitlines()] == [{"file": str(empty), "reason": "empty file"}]
    from kg.graph.store import open_store
    with open_store(tmp_path / "store") as store:
        assert len(store.filing_graphs()) == 1  # the other file is stored
