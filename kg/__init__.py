"""kg: SEC ownership filings to a knowledge graph of corporate personnel and holdings.

    >>> import kg
    >>> filing = kg.extract("filing.txt")   # -> kg.records.Filing
"""
from kg.errors import KgError
from kg.extract import extract

__all__ = ["extract", "KgError"]
__version__ = "0.1.0"
