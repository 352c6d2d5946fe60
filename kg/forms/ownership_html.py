"""Forms 3/4/5 as EDGAR renders them (the `xslF345X0n` HTML of an `ownershipDocument`):
read back into the ownership XML it was rendered from, then read by `ownership.extract`.

The rendering is a fixed layout: boxes 1-6 (owner, issuer and ticker, date, amendment date,
relationship), Table I and Table II (each column titled "N. ..." in the table head, some with
sub-columns), "Explanation of Responses" (the footnotes, "(n)" marks in the cells) and the
signature block. Each table column is known by its heading words (a heading not known is an
`unparsed-section` finding, its column is not read); each row keeps the values as printed.
What a rendering does not show is absent, never guessed: the transaction form type, the
equity-swap flag, a relationship of each owner of a joint filing. Values are read from the
HTML's elements, so rows have no character spans; a row's `line` is its line in the HTML.
"""
from __future__ import annotations

import re

import lxml.etree as ET
import lxml.html

from kg.context import Context
from kg.errors import StructureError
from kg.forms import ownership_cells as xml_cells
from kg.read.documents import Document
from kg.records import Filing

_FORM = re.compile(r"^\s*FORM\s+([345])\b", re.I)
_CIK = re.compile(r"CIK=(\d+)", re.I)
# heading words -> field; sub-column headings (second head row) by their own words
_HEADINGS = (
    ("title of derivative security", "security"), ("title of security", "security"),
    ("conversion or exercise price", "exercise_price"), ("deemed execution date", "deemed_execution_date"),
    ("transaction date", "date"), ("transaction code", "coding"),
    ("number of derivative securities acquired", "amounts"), ("securities acquired", "amounts"),
    ("date exercisable and expiration date", "dates"), ("title and amount of securities underlying", "underlying"),
    ("price of derivative security", "price"), ("beneficially owned following", "shares_after"),
    ("beneficially owned at end of issuer", "shares_after"), ("amount of securities beneficially owned", "shares"),
    ("number of derivative securities beneficially owned", "shares_after"),
    ("ownership form", "direct_or_indirect"), ("nature of indirect beneficial ownership", "nature_of_ownership"),
)
_SUB = {("coding", "code"): "code", ("coding", "v"): "voluntary", ("amounts", "amount"): "shares",
        ("amounts", "(a) or (d)"): "acquired_disposed", ("amounts", "price"): "price", ("amounts", "(a)"): "acquired",
        ("amounts", "(d)"): "disposed", ("dates", "date exercisable"): "exercise_date",
        ("dates", "expiration date"): "expiration_date", ("underlying", "title"): "underlying_security",
        ("underlying", "amount or number of shares"): "underlying_shares"}
_PERIOD = ("Date of Earliest Transaction", "Statement for Issuer's Fiscal Year Ended",
           "Date of Event Requiring Statement")  # box 3 of Forms 4 and 5, box 2 of Form 3
_WHOLE = {"coding": "code"}
# field -> path of the ownership XML element that holds it (below the row)
_PATHS = {
    "security": ("securityTitle",), "exercise_price": ("conversionOrExercisePrice",), "date": ("transactionDate",),
    "deemed_execution_date": ("deemedExecutionDate",), "shares": ("transactionAmounts", "transactionShares"),
    "price": ("transactionAmounts", "transactionPricePerShare"),
    "acquired_disposed": ("transactionAmounts", "transactionAcquiredDisposedCode"),
    "exercise_date": ("exerciseDate",), "expiration_date": ("expirationDate",),
    "underlying_security": ("underlyingSecurity", "underlyingSecurityTitle"),
    "underlying_shares": ("underlyingSecurity", "underlyingSecurityShares"),
    "shares_after": ("postTransactionAmounts", "sharesOwnedFollowingTransaction"),
    "direct_or_indirect": ("ownershipNature", "directOrIndirectOwnership"),
    "nature_of_ownership": ("ownershipNature", "natureOfOwnership"),
}
_ORDER = ("security", "exercise_price", "date", "deemed_execution_date", "coding", "shares", "price",
          "acquired_disposed", "exercise_date", "expiration_date", "underlying_security", "underlying_shares",
          "shares_after", "direct_or_indirect", "nature_of_ownership")  # the schema's order


def is_rendering(raw: str) -> bool:
    head = raw[:20000]
    return "Table I - Non-Derivative Securities" in raw and 'class="FormName"' in head and "SEC Form" in head


def extract(doc: Document, ctx: Context) -> Filing:
    from kg.forms import ownership

    page = lxml.html.document_fromstring(doc.raw, parser=lxml.html.HTMLParser(no_network=True))
    xml, html_lines = Rendering(ctx, page).ownership_document()
    text = ET.tostring(xml, encoding="unicode", pretty_print=True)
    rows = [e for table in ET.fromstring(text) if table.tag.endswith("Table") for e in table]
    lines = {row.sourceline: line for row, line in zip(rows, html_lines)}  # rebuilt XML line -> HTML line
    inner = Context(source=doc.source, text=text)
    filing = ownership.extract(Document(source=doc.source, kind="xml", text=text, raw=text), inner)
    ctx.warnings.extend(inner.warnings)
    for record in [filing, filing.issuer, *filing.reporting_persons, *filing.footnotes, *filing.signatures]:
        record.spans, record.evidence = {}, None  # offsets in the rebuilt XML would not quote the HTML
    tables = [filing.transactions, [h for h in filing.holdings if not h.derivative]]
    for rows in (*tables, filing.derivative_transactions, filing.derivative_holdings):
        for row in rows:
            row.spans, row.evidence, row.line = {}, None, lines.get(row.line)
    for row in filing.holdings:
        row.spans, row.evidence = {}, None
        row.line = lines.get(row.line, row.line)
    return filing


class Rendering:
    def __init__(self, ctx: Context, page):
        self.ctx, self.page = ctx, page

    def ownership_document(self):
        root = ET.Element("ownershipDocument")
        form = self.form_type()
        original = self.box_value("If Amendment, Date of Original Filed")
        xml_cells.add(root, "documentType", form + ("/A" if original else ""))
        xml_cells.add(root, "periodOfReport", xml_cells.iso(next(filter(None, (self.box_value(words) for words in _PERIOD)), None)))
        if original:
            xml_cells.add(root, "dateOfOriginalSubmission", xml_cells.iso(original))
        for tag, words in (("notSubjectToSection16", "no longer subject to Section 16"),
                           ("aff10b5One", "Rule 10b5-1(c)")):
            box = self.check_box(words)
            if box is not None:
                xml_cells.add(root, tag, "1" if box else "0")
        self.issuer(root)
        owners = self.owners(root)
        if len(owners) == 1:
            self.relationship(owners[0])
        lines: list[int] = []
        for title, tag in (("Table I - Non-Derivative", "nonDerivativeTable"), ("Table II - Derivative", "derivativeTable")):
            table = self.table(title)
            if table is not None:
                self.read_table(root, table, tag, tag == "derivativeTable", lines)
        self.notes(root)
        self.signatures(root)
        return root, lines

    # ---- boxes --------------------------------------------------------------------------
    def form_type(self) -> str:
        for cell in self.page.xpath('//td[@class="FormName"]'):
            found = _FORM.match(cell.text_content())
            if found:
                return found.group(1)
        raise StructureError(self.ctx.source, "an EDGAR rendering of a Form 3/4/5 without its form name")

    def box(self, words: str):
        for label in self.page.xpath("//span[@class='MedSmallFormText']"):
            if words in " ".join(label.text_content().split()):
                return label.getparent()
        return None

    def box_value(self, words: str) -> str | None:
        cell = self.box(words)
        values = [] if cell is None else cell.xpath(".//span[@class='FormData']")
        return xml_cells.squash(values[0].text_content()) if values else None

    def check_box(self, words: str) -> bool | None:
        for cell in self.page.xpath("//td[@class='SmallFormText']"):
            if words in cell.text_content():
                mark = cell.getprevious()
                return mark is not None and "X" in mark.text_content()
        return None

    def issuer(self, root) -> None:
        cell = self.box("Issuer Name")
        node = xml_cells.add(root, "issuer")
        links = [] if cell is None else cell.xpath(".//a")
        if links:
            found = _CIK.search(links[0].get("href") or "")
            xml_cells.add(node, "issuerCik", found.group(1) if found else None)
            xml_cells.add(node, "issuerName", xml_cells.squash(links[0].text_content()))
        ticker = [] if cell is None else cell.xpath(".//span[@class='FormData']")
        xml_cells.add(node, "issuerTradingSymbol", xml_cells.squash(ticker[0].text_content()) if ticker else None)

    def owners(self, root) -> list:
        found = []
        for label in self.page.xpath("//span[@class='MedSmallFormText']"):
            if "Name and Address of Reporting Person" not in label.text_content():
                continue
            cell = label.getparent()
            link = cell.xpath(".//a")
            if not link:
                continue
            owner = xml_cells.add(root, "reportingOwner")
            ident = xml_cells.add(owner, "reportingOwnerId")
            cik = _CIK.search(link[0].get("href") or "")
            xml_cells.add(ident, "rptOwnerCik", cik.group(1) if cik else None)
            xml_cells.add(ident, "rptOwnerName", xml_cells.squash(link[0].text_content()))
            data = [xml_cells.squash(s.text_content()) for s in cell.xpath(".//span[@class='FormData']")]
            address = xml_cells.add(owner, "reportingOwnerAddress")
            street, place = data[:-3], data[-3:] if len(data) >= 3 else []
            for tag, value in zip(("rptOwnerStreet1", "rptOwnerStreet2"), street):
                xml_cells.add(address, tag, value)
            for tag, value in zip(("rptOwnerCity", "rptOwnerState", "rptOwnerZipCode"), place):
                xml_cells.add(address, tag, value)
            found.append(owner)
        if not found:
            raise StructureError(self.ctx.source, "an EDGAR rendering of a Form 3/4/5 without a reporting person")
        return found

    def relationship(self, owner) -> None:
        cell = self.box("Relationship of Reporting Person")
        if cell is None:
            return
        node = xml_cells.add(owner, "reportingOwnerRelationship")
        cells = cell.xpath(".//table//td")
        words = {"Director": "isDirector", "10% Owner": "isTenPercentOwner",
                 "Officer (give title below)": "isOfficer", "Other (specify below)": "isOther"}
        for mark, label in zip(cells, cells[1:]):
            tag = words.get(xml_cells.squash(label.text_content()) or "")
            if tag:
                xml_cells.add(node, tag, "1" if "X" in mark.text_content() else "0")
        titled = [c for c in cells if "color: blue" in (c.get("style") or "")]
        if titled:
            xml_cells.add(node, "officerTitle", xml_cells.squash(titled[0].text_content()))
        if len(titled) > 1:
            xml_cells.add(node, "otherText", xml_cells.squash(titled[1].text_content()))

    # ---- tables -------------------------------------------------------------------------
    def table(self, title: str):
        for head in self.page.xpath("//thead"):
            if title in head.text_content():
                return head.getparent()
        return None

    def columns(self, table) -> list[str | None]:
        rows = table.xpath("./thead/tr")
        top = rows[1].xpath("./th") if len(rows) > 1 else []
        subs = iter(xml_cells.squash(th.text_content()).lower() for th in (rows[2].xpath("./th") if len(rows) > 2 else []))
        columns = []
        for th in top:
            words = " ".join(th.text_content().split()).lower()
            group = next((field for key, field in _HEADINGS if key in words), None)
            if group is None:
                self.ctx.warn("unparsed-section", f"a column of a Form 3/4/5 rendering titled {words[:60]!r} "
                              "was not read")
            for _ in range(int(th.get("colspan") or 1)):
                sub = next(subs) if int(th.get("colspan") or 1) > 1 else None
                columns.append(_SUB.get((group, sub)) if sub is not None else _WHOLE.get(group, group))
        return columns

    def read_table(self, root, table, tag: str, derivative: bool, lines: list) -> None:
        columns = self.columns(table)
        node = xml_cells.add(root, tag)
        for tr in table.xpath("./tbody/tr"):
            cells = {name: xml_cells.read_cell(td) for name, td in zip(columns, tr.xpath("./td")) if name}
            trading = bool(xml_cells.cell_text(cells, "code") or (not derivative and xml_cells.cell_text(cells, "date")))
            kind = ("derivative" if derivative else "nonDerivative") + ("Transaction" if trading else "Holding")
            row = xml_cells.add(node, kind[0].lower() + kind[1:])
            for field in _ORDER:
                if field == "coding" and trading:
                    self.coding(row, cells)
                elif field in xml_cells.row_values(cells, trading):
                    xml_cells.put_value(row, _PATHS[field], *cells[field])
            lines.append(tr.sourceline)

    @staticmethod
    def coding(row, cells) -> None:
        coding = xml_cells.add(row, "transactionCoding")
        code, notes = cells.get("code", ("", []))
        xml_cells.add(coding, "transactionCode", code or None)
        for note in notes:
            ET.SubElement(coding, "footnoteId", id=note)

    # ---- notes, remarks, signatures ---------------------------------------------------------
    def notes(self, root) -> None:
        notes = xml_cells.add(root, "footnotes")
        remarks = None
        for cell in self.page.xpath("//td[@class='FootnoteData']"):
            text = xml_cells.squash(cell.text_content()) or ""
            found = re.match(r"(\d+)\.\s+(.*)", text, re.S)
            previous = cell.getparent().getprevious()
            if previous is not None and "Remarks:" in previous.text_content():
                remarks = text or None
            elif found:
                ET.SubElement(notes, "footnote", id=f"F{found.group(1)}").text = found.group(2)
        xml_cells.add(root, "remarks", remarks)

    def signatures(self, root) -> None:
        for label in self.page.xpath("//td[@class='MedSmallFormText']"):
            if "Signature of Reporting Person" not in label.text_content():
                continue
            above = label.getparent().getprevious()
            values = [] if above is None else [xml_cells.squash(s.text_content()) for s in above.xpath(".//span[@class='FormData']")]
            for name, date in zip(values[::2], values[1::2]):
                block = xml_cells.add(root, "ownerSignature")
                xml_cells.add(block, "signatureName", name)
                xml_cells.add(block, "signatureDate", xml_cells.iso(date))
