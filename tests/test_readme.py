"""Every `kg` command of the README and every `# Example:` line of queries/*.rq runs on the store
it names (the demo store built from examples/filings, `.kg/store`) and returns rows."""
from __future__ import annotations

import json
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT

from kg.sparql.queries import curated_queries


def readme_commands() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```sh\n(.*?)```", text, re.DOTALL)
    return [line.strip() for block in blocks for line in block.splitlines() if line.strip().startswith("kg ")]


def kg(args: list[str], cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kg", *args], capture_output=True, text=True, cwd=cwd,
                          env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin", "COLUMNS": "200"}, timeout=300)


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> Path:
    """A folder laid out like a checkout after `make demo`: examples/ and the store .kg/store."""
    folder = tmp_path_factory.mktemp("demo")
    (folder / "examples").symlink_to(ROOT / "examples")
    (folder / "tests").symlink_to(ROOT / "tests")
    built = kg(["build", "examples/filings", "--store", ".kg/store"], folder)
    assert built.returncode == 0, built.stderr
    return folder


def test_the_readme_has_commands_to_run():
    commands = readme_commands()
    assert len(commands) >= 15
    assert any(c.startswith("kg explain \"Paul Desmarais, Jr.\"") for c in commands)


def not_runnable_here(args: list[str], folder: Path) -> str | None:
    """Why a README command cannot run in a test: it reaches EDGAR, or it names a file of the
    reader's own (a placeholder such as my.gold.json) that no checkout holds."""
    if args[0] == "fetch":
        return "kg fetch downloads from EDGAR (no network in tests; tests/test_fetch.py serves it locally)"
    outputs = {args[i + 1] for i, arg in enumerate(args[:-1]) if arg in ("-o", "--output")}
    for arg in args[1:]:
        looks_like_path = "/" in arg or re.search(r"\.(json|txt|xml|htm|html)$", arg)
        if looks_like_path and arg not in outputs and not arg.startswith("-") and "=" not in arg \
                and not (folder / arg).exists():
            return f"{arg} is the reader's own file"
    return None


@pytest.mark.parametrize("command", readme_commands())
def test_readme_command_runs_on_the_demo_store(demo, command):
    args = shlex.split(command, comments=True)[1:]
    reason = not_runnable_here(args, demo)
    if reason:
        pytest.skip(reason)
    result = kg(args, demo)
    assert result.returncode == 0, f"{command}\n{result.stderr}"
    if "-o" in args:
        target = demo / args[args.index("-o") + 1]
        assert target.exists(), command
        size = sum(p.stat().st_size for p in target.iterdir()) if target.is_dir() else target.stat().st_size
        assert size > 0, command
        return
    out = result.stdout
    assert out.strip(), f"{command}: nothing printed"
    if args[0] == "query":
        fmt = args[args.index("--format") + 1] if "--format" in args else "table"
        rows = {"json": lambda: len(json.loads(out)), "csv": lambda: len(out.splitlines()) - 1,
                "table": lambda: int(re.search(r"\((\d+) rows?\)", out).group(1))}[fmt]()
        assert rows > 0, f"{command}: no rows"


@pytest.mark.parametrize("query", curated_queries(), ids=lambda q: q.name)
def test_query_example_returns_rows_on_the_demo_store(demo, query):
    args = shlex.split(query.example)
    assert args[:2] == ["kg", "query"], query.example
    result = kg(args[1:] + ["--format", "json"], demo)
    assert result.returncode == 0, f"{query.example}\n{result.stderr}"
    assert json.loads(result.stdout), f"{query.example}: no rows on the demo store"


def test_the_demo_shows_a_link_across_filings(demo):
    result = kg(["query", "same-person-across-filings", "--format", "json"], demo)
    rows = json.loads(result.stdout)
    icahn = [row for row in rows if "Carl C. Icahn" in row["names"]]
    assert icahn and icahn[0]["filings"] == 2
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert "same-person-across-filings" in makefile.split("demo:")[1].split("\n\n")[0]
