"""Typed errors of the library. The CLI prints them as `Error: <file>: <problem>`."""
from __future__ import annotations


class KgError(Exception):
    """Base of every error kg raises on purpose. Carries the file it concerns."""

    def __init__(self, source: str | None, problem: str):
        super().__init__(f"{source}: {problem}" if source else problem)
        self.source = source
        self.problem = problem


class InputError(KgError):
    """The input cannot be read as a filing: empty, binary, wrong encoding, too large, unknown kind."""


class StructureError(KgError):
    """The input is a filing but its structure is not what its form requires."""


class UnsafeXMLError(InputError):
    """XML with a DTD, external entities or entity expansion: refused."""


class DataError(KgError):
    """A data file shipped with kg (lookup, pattern, ontology) is invalid."""


class StoreError(KgError):
    """The graph store cannot be opened, is locked by another build, or refused a write."""


class FetchError(KgError):
    """EDGAR cannot be asked (no User-Agent, a bad selection) or did not answer as EDGAR does."""
