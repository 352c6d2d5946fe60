"""kg: SEC ownership filings to a knowledge graph of corporate personnel and holdings.

    >>> import kg
    >>> filing = kg.extract("filing.txt")                    # -> kg.records.Filing
    >>> filings = kg.extract_many(["filings/"], jobs=2)      # an iterator; failures in .errors
    >>> tables = kg.frames(filings)                          # pandas DataFrames: tables.people ...
    >>> graph = kg.Graph(".kg/store")                        # graph.query("major-holders") -> DataFrame

Only the errors load with `import kg`; the rest (`extract` too, pandas included) loads
when first used.
"""
from kg.errors import KgError

__all__ = ["extract", "extract_many", "frames", "Graph", "KgError"]
__version__ = "0.1.0"

# `extract` too: `kg --help` needs none of the readers (kg/extract.py stays callable once imported).
_LAZY = {"extract": ("kg.extract", "extract"), "extract_many": ("kg.batch", "extract_many"),
         "frames": ("kg.tables", "frames"), "Graph": ("kg.sparql.frame", "Graph")}


def __getattr__(name: str):
    if name in _LAZY:
        import importlib
        module, attribute = _LAZY[name]
        value = getattr(importlib.import_module(module), attribute)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'kg' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))
