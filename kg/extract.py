"""The library's entry point: one input file -> one Filing record."""
from __future__ import annotations

import hashlib
import sys
import types
from pathlib import Path

from kg.context import Context
from kg.errors import InputError
from kg.read.documents import Document, load
from kg.records import Filing


def extract(path: str | Path) -> Filing:
    """Read one filing (text, HTML, EDGAR submission or XML) into typed records."""
    doc = load(path)
    return extract_document(doc)


def extract_document(doc: Document) -> Filing:
    from kg.forms.name_budget import name_budget
    with name_budget() as (budget, outermost):
        filing = _extract_document(doc)
    if outermost and budget.exhausted:
        ctx = Context(source=doc.source, text=doc.text)
        ctx.warn("unparsed-section", f"names were looked for in the first {budget.limit:,} characters of roster "
                 f"text only (of {budget.asked:,})", location=doc.source)
        filing.warnings.extend(ctx.warnings)
    return filing


def _extract_document(doc: Document) -> Filing:
    if doc.kind == "submission":
        return _extract_submission(doc)
    ctx = Context(source=doc.source, text=doc.text, raw=doc.raw if doc.offsets is None else doc.text,
                  markup=doc.raw if doc.offsets is not None else "",
                  cell_breaks=cell_breaks(doc), cell_columns=tuple(getattr(doc.offsets, "cell_columns", ())),
                  filled_columns=tuple(getattr(doc.offsets, "filled_columns", ())),
                  layout_refusals=tuple(getattr(doc.offsets, "layout_refusals", ())),
                  line_grids=tuple(getattr(doc.offsets, "line_grids", ())))
    if doc.kind == "xml":
        filing = _extract_xml(doc, ctx)
    else:
        filing = _extract_text(doc, ctx)
    filing.document_kind = doc.kind
    filing.text_sha256 = hashlib.sha256(doc.data or doc.text.encode()).hexdigest()
    filing.warnings = ctx.warnings
    return filing


def cell_breaks(doc: Document) -> tuple[int, ...]:
    """Where an HTML document's table cells break a line (kg.read.html keeps each row on one
    line), in text order: sorted once here, searched by bisection by the roster readers."""
    return tuple(sorted(getattr(doc.offsets, "cell_breaks", ())))


def _extract_submission(doc: Document) -> Filing:
    """An EDGAR full submission: its primary document, completed by the SGML header."""
    from kg.read import edgar

    primary = doc.primary
    if primary is None or primary.kind == "other":
        filing, ctx = Filing(source=doc.source), Context(source=doc.source, text="")
        edgar.apply_header(filing, doc.header, ctx, add_missing=True)
    else:
        primary.source = doc.source
        filing = extract_document(primary)
        ctx = Context(source=doc.source, text=primary.text)
        ctx.warnings = filing.warnings
        edgar.apply_header(filing, doc.header, ctx)
        _read_exhibit_rosters(doc, filing, ctx)
    filing.source = doc.source
    filing.warnings = ctx.warnings
    filing.document_kind = "submission"
    filing.text_sha256 = hashlib.sha256(doc.data).hexdigest()
    return filing


def _read_exhibit_rosters(doc: Document, filing: Filing, ctx: Context) -> None:
    """Exhibits (EX-99 ...) that list directors and officers add their people to the filing."""
    from kg.errors import StructureError
    from kg.forms import annex

    for part in doc.parts:
        if part is doc.primary or part.kind not in ("text", "html"):
            continue
        part_ctx = Context(source=f"{doc.source}#{part.filename or part.sequence}", text=part.text,
                           raw=part.raw if part.offsets is None else part.text, cell_breaks=cell_breaks(part),
                           markup=part.raw if part.offsets is not None else "",
                           cell_columns=tuple(getattr(part.offsets, "cell_columns", ())),
                           filled_columns=tuple(getattr(part.offsets, "filled_columns", ())),
                           layout_refusals=tuple(getattr(part.offsets, "layout_refusals", ())),
                           line_grids=tuple(getattr(part.offsets, "line_grids", ())))
        try:
            found = annex.extract(part, part_ctx, parent=filing)
        except StructureError:
            continue
        filing.people.extend(found.people)
        ctx.warnings.extend(part_ctx.warnings)


def _extract_text(doc: Document, ctx: Context) -> Filing:
    from kg.forms import annex, ownership_html, schedule13

    if doc.kind == "html" and ownership_html.is_rendering(doc.raw):  # EDGAR's rendering of a Form 3/4/5
        return ownership_html.extract(doc, ctx)
    if schedule13.is_schedule(doc.text):
        filing = schedule13.extract(doc, ctx)
        if filing.reporting_persons or filing.people or not annex.is_roster_exhibit(doc.text):
            return filing
        ctx.warnings.clear()  # a roster exhibit that mentions Schedule 13D in passing: read it as a roster
    return annex.extract(doc, ctx)


def _extract_xml(doc: Document, ctx: Context) -> Filing:
    head = doc.text[:4096]
    if "ownershipDocument" in head:
        from kg.forms import ownership
        return ownership.extract(doc, ctx)
    if "edgarSubmission" in head:
        from kg.forms import schedule13_xml
        return schedule13_xml.extract(doc, ctx)
    raise InputError(doc.source, "XML document that is neither a Schedule 13D/G nor a Form 3/4/5")


class _CallableModule(types.ModuleType):
    """`kg.extract(path)` keeps working once this module is imported: the package imports it
    lazily (kg/__init__.py), and importing a submodule binds its name on the package."""

    def __call__(self, path: str | Path) -> Filing:
        return extract(path)


sys.modules[__name__].__class__ = _CallableModule
