"""The code's layout follows the data: imports run down the pipeline, never back up (see kg/*/__init__.py)."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

KG = Path(__file__).resolve().parent.parent / "kg"
BASE = {"errors", "records", "record_base", "records_derivative", "record_views", "context", "lookups", "patterns"}
PIPELINE = {"extract", "batch", "evaluate", "evaluate_values", "evaluate_set", "tables"}
STAGES = ["fetch", "read", "forms", "pipeline", "graph", "link", "sparql", "export", "cli"]
# What each stage may import besides the base modules and itself.
ALLOWED = {
    "base": set(),
    "fetch": set(),  # EDGAR to local files, beside read at the start: imports nothing downstream
    "read": set(),
    "forms": {"read"},
    "pipeline": {"read", "forms"},
    "graph": {"read", "forms", "pipeline"},
    "link": {"read", "forms", "pipeline", "graph"},
    "sparql": {"read", "forms", "pipeline", "graph"},
    "export": {"read", "forms", "pipeline", "graph", "sparql"},
    "cli": set(STAGES) | {"base"},
}


def stage_of(dotted: str) -> str | None:
    """The stage of a module `kg.x.y` (None for the package `kg` itself and `kg.__main__`)."""
    parts = dotted.split(".")
    if parts[0] != "kg" or len(parts) == 1 or parts[1] == "__main__":
        return None
    top = parts[1]
    if top in BASE:
        return "base"
    if top in PIPELINE:
        return "pipeline"
    if top in STAGES:
        return top
    raise AssertionError(f"{dotted}: a module outside every stage; add it to a package of kg/")


def module_name(path: Path) -> str:
    parts = path.relative_to(KG.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports_of(path: Path) -> list[tuple[int, str]]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [node.module] + [f"{node.module}.{alias.name}" for alias in node.names]
            found += [(node.lineno, name) for name in names if name.startswith("kg.") or name == "kg"]
        elif isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names if alias.name.startswith("kg")]
    return found


def known(dotted: str) -> bool:
    """`from kg.read import clean` names a module; `from kg.errors import KgError` names an attribute."""
    relative = Path(*dotted.split(".")[1:])
    return (KG / relative).with_suffix(".py").is_file() or (KG / relative / "__init__.py").is_file()


MODULES = sorted(p for p in KG.rglob("*.py") if "__pycache__" not in p.parts)


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(KG)))
def test_imports_follow_the_pipeline(path):
    here = stage_of(module_name(path)) if module_name(path) != "kg" else None
    wrong = []
    for line, name in imports_of(path):
        if not known(name):
            continue
        there = stage_of(name)
        if there is None or here is None or there in ("base", here):
            continue
        if there not in ALLOWED[here]:
            wrong.append(f"line {line}: {here} imports {name} ({there})")
    assert not wrong, f"{path.relative_to(KG.parent)} imports against the flow:\n" + "\n".join(wrong)


def test_nothing_imports_the_cli():
    offenders = [f"{p.relative_to(KG.parent)}:{line}" for p in MODULES for line, name in imports_of(p)
                 if name.startswith("kg.cli") and stage_of(module_name(p)) != "cli"
                 and module_name(p) != "kg.__main__"]
    assert not offenders


def test_every_package_says_what_enters_and_leaves():
    for package in sorted(p.parent for p in KG.glob("*/__init__.py")):
        if package.name in BASE:
            continue
        doc = ast.get_docstring(ast.parse((package / "__init__.py").read_text(encoding="utf-8"))) or ""
        assert "Enters" in doc and "Leaves" in doc and "import" in doc, package.name


def test_the_test_sees_a_violation(tmp_path):
    """The checker itself: a read module importing the graph is caught."""
    bad = "from kg.graph.store import open_store\n"
    tree_imports = [name for _, name in imports_of(_write(tmp_path, bad))]
    assert "kg.graph.store" in tree_imports and stage_of("kg.graph.store") not in ALLOWED["read"]


def _write(folder: Path, text: str) -> Path:
    path = folder / "m.py"
    path.write_text(text)
    return path


def test_reading_an_xml_form_does_not_import_spacy():
    """The NER costs about a second of start-up: an XML form (Forms 3/4/5, Schedules 13D/G) never needs it."""
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    probe = ("import sys, kg.extract; f = kg.extract.extract(sys.argv[1]); "
             "print(f.form_type, 'spacy' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", probe, str(root / "tests/data/xml/form4_374water.xml")],
                         capture_output=True, text=True, check=True, cwd=root)
    assert out.stdout.split() == ["4", "False"]
