"""The cells of EDGAR's Forms 3/4/5 rendering (kg/forms/ownership_html.py) written back as ownership XML: a
cell's value as printed and its footnote marks, a row's fields, the XML elements they go to."""
from __future__ import annotations

import re

import lxml.etree as ET

from kg.read import clean

_NOTE_MARK = re.compile(r"\((\d+)\)")
# a code column without its "V" sub-column (Form 5)
TRADE_ONLY = {"date", "deemed_execution_date", "shares", "price", "acquired_disposed", "acquired", "disposed"}


def cell_text(cells: dict, field: str) -> str:
    return cells.get(field, ("", []))[0]


def row_values(cells: dict, trading: bool) -> dict:
    """The fields a row states: Table II's amount moves from column (A) or (D) to `shares` with
    its code; a holding's amount (Form 3 Table I) is the amount owned."""
    if "acquired" in cells or "disposed" in cells:
        side = "acquired" if cell_text(cells, "acquired") else "disposed"
        cells["shares"] = cells.get(side, ("", []))
        cells["acquired_disposed"] = ("A" if side == "acquired" else "D", []) if cells["shares"][0] else ("", [])
    if not trading:
        if "shares" in cells and "shares_after" not in cells:
            cells["shares_after"] = cells["shares"]
        return {k: v for k, v in cells.items() if k not in TRADE_ONLY}
    return cells


def read_cell(td) -> tuple[str, list[str]]:
    """(the value as printed, its footnote ids): the cell's data, not its '$' or its '(n)' marks."""
    data = [s.text_content() for s in td.xpath(".//span[contains(@class, 'FormData')]")]
    value = squash(" ".join(data)) if data else squash(td.text_content() if not td.xpath(".//span") else "")
    notes = [f"F{n}" for s in td.xpath(".//span[@class='FootnoteData']") for n in _NOTE_MARK.findall(s.text_content())]
    return value or "", notes


def put_value(row, path: tuple[str, ...], value: str, notes: list[str]) -> None:
    node = row
    for tag in path:
        node = node.find(tag) if node.find(tag) is not None else ET.SubElement(node, tag)
    if value:
        printed = iso(value) if path[-1] in ("transactionDate", "deemedExecutionDate", "exerciseDate",
                                              "expirationDate") else value
        ET.SubElement(node, "value").text = printed
    for note in notes:
        ET.SubElement(node, "footnoteId", id=note)


def add(parent, tag: str, text: str | None = None):
    node = ET.SubElement(parent, tag)
    if text is not None:
        node.text = text
    return node


def squash(text: str | None) -> str | None:
    return clean.squash(text)


def iso(printed: str | None) -> str | None:
    return clean.parse_date(printed) or printed if printed else None
