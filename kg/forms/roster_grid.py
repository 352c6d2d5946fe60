"""Roster tables in text, whatever their geometry: one reader for fixed-width tables.

1. Geometry: column starts from EDGAR's <S>/<C> markers, dashed rules, the header's words, or
   the vertical gutters that every multi-cell line leaves blank.
2. Each line is cut into chunks (runs of text with single spaces) and each chunk goes to the
   column it starts in; a column of row numbers ("1.", "2.") is recognised and dropped.
3. Entries start at name anchors: a line whose name-column cell is a person's name (typed
   by kg.forms.roster_types). Lines up to the next anchor belong to the entry; a line after a
   page break continues it.
4. Lines that stand between a break (blank line or rule) and the next anchor could belong to
   either neighbour: they are reported as `roster-ambiguous` with both readings, never guessed.
   Such lines closed by a break again, with text in the name column, are an entry whose name
   kg cannot read: reported (`unassigned-name`), never added to the entry above.
5. Each entry's cells are typed (name, title, nationality, address) and go to the roles the
   header gives their column, else the role their type says.
"""
from __future__ import annotations

from dataclasses import dataclass

from kg.forms import roster_column_roles as cr
from kg.forms import roster_geometry as geo
from kg.forms import roster_rowcells as rc
from kg.forms import roster_types as rt
from kg.forms import roster_widths as widths_of
from kg.forms.roster_address_under_name import addresses_under_names
from kg.forms.roster_body_headers import BodyHeader, body_headers, header_leads, read_header, table_caption
from kg.forms.roster_centred import read_centred
from kg.forms.roster_continued import carried_over, continued_rows, continues, drop_marks
from kg.forms.roster_cut_nationality import cut_nationalities
from kg.forms.roster_grid_result import Ambiguity, GridResult
from kg.forms.roster_gridentry import grid_entry, per_organization, table_hangs
from kg.forms.roster_indent import set_in_lines
from kg.forms.roster_name_cell_wrap import settle_stacks
from kg.forms.roster_name_leaders import leader_wraps
from kg.forms.roster_name_wrap import NAME_START, name_wraps, other_case, whole_above, whole_by_initial, whole_fits
from kg.forms.roster_other_party import other_party_row
from kg.forms.roster_overflow_row import overflowed, overflowed_lines
from kg.forms.roster_pages import PAGE_MARK, page_mark, running_header
from kg.forms.roster_row_opens import name_and_address, next_letter, number_cell, town_under_name, uncertain_rows
from kg.forms.roster_rowcells import marked_cells, section_row, split_at_columns, unglue
from kg.forms.roster_shifted import shifted_lines
from kg.forms.roster_steady import line_of_entry, opens_unset, steady_columns, unbroken_steady

MAX_COLUMNS = 12  # the widest real roster tables have 5 columns, the re-layouts 6


def read_grid(text: str, raw: str, start: int, end: int) -> GridResult | None:
    lines = geo.physical_lines(text, start, end)
    raw_lines = geo.physical_lines(raw, start, end) if len(raw) == len(text) else lines
    if (found := geo.geometry(lines, raw_lines)) is None:
        return None
    starts, body_from, heads = found
    if len(starts) > MAX_COLUMNS:  # debris with gaps everywhere, not a roster table (and quadratic to type)
        return None
    body = lines[body_from:]
    columns = cr.columns_of(body, starts)
    roles = cr.column_roles(heads, columns, starts, cr.columns_by_block(body, starts), text[:start])
    if "name" not in roles[cr.name_column(roles)]:
        return None
    pages = {line.start for line, raw_line in zip(lines, raw_lines) if len(raw) == len(text) and page_mark(text, raw, line.start, end) or (
        raw_line.text.strip() and geo.MARKUP.match(raw_line.text) and not geo.MARKUP.match(line.text))}
    return _entries(body, starts, roles, geo.heading_body(lines[:body_from]), pages, table_caption(lines[:body_from]),
                    widths_of.rule_widths(lines[:body_from], starts), raw if len(raw) == len(text) else "")


# ---- entries ---------------------------------------------------------------------------
@dataclass
class _Row:
    line: geo.Line
    cells: dict[int, list[tuple[int, str]]]  # column -> (offset in text, chunk)
    marked: bool = False  # its name cell opens with a row mark set apart by two spaces ('A.  Pei-yuan Chia')
    dashed: frozenset[int] = frozenset()  # columns whose cell printed a dash alone, taken out (roster_dash_cells)


class _Builder:
    """Walks the body lines, opening an entry at each name anchor."""

    def __init__(self, starts: list[int], roles: list[list[str]], widths: list[int], longest: list[tuple[int, int]] | None = None):
        self.starts, self.widths, self.longest, self.hanging = starts, widths, longest, frozenset()
        self.set_roles(roles)
        self.headers: dict[int, BodyHeader] = {}  # headers of their own inside the body (kg.forms.roster_body_headers)
        self.leads: set[int] = set()  # and the lines over them (a heading, a sentence): no row's
        self.result, self.shifts = GridResult(entries=[]), {}  # (shifts: lines set right, kg.forms.roster_shifted)
        self.overflows: dict[int, int] = {}  # lines a name wider than its column sets right (kg.forms.roster_overflow_row)
        self.titles_apart = False  # an earlier header of the body gave the titles a column of their own
        self.rows: list[_Row] = []          # rows of the open entry
        self.floating: list[_Row] = []      # rows after a break, not yet placed
        self.floating_closed = False         # a break followed the floating rows
        self.body = self.entry_body = None   # the body a heading over the rows names, and the open entry's (str | None)
        self.broke = self.paged = False
        self.numbered = False                # entries open at numbered name cells ('1. John Smith')
        self.unconfirmed: bool | str = False  # the open entry's name is not yet known to be a name ('refused': glued)
        self.opens = self.spaced = self.opens_after_break = 0  # entries opened; of those, opened on the same page as
        # the entry before them (or first), and of those, opened after a blank line or rule
        self.name_wrapped = False            # the open entry's name goes on in its second row
        self.address_under = False           # addresses stand under whole names (kg.forms.roster_address_under_name)
        self.name_wraps: set[int] = set()    # lines where a name starts that ends on the next line
        self.name_tails: set[int] = set()    # and those next lines (never an entry of their own)
        self.leader_tails: set[int] = set()  # lines whose leader ends the name of the line above
        self.pages: set[int] = set()         # lines that are page marks in the raw text (blanked in the text)
        self.cut_nationalities: set[int] = set()  # 'United States of' over 'America' (kg.forms.roster_cut_nationality)
        self.stacked: set[int] = set()       # lines naming a body that are titles stacked under a name, no heading
        self.continued: set[int] = set()     # rows under a name marked '(continued)' (kg.forms.roster_continued)
        self.furniture = False               # in the running header after a page mark
        self.caption: set[str] = set()       # the lines of the table's own header (repeated after a page break)
        self.facing: geo.Line | None = None  # the header of a table on the facing page: its rows are refused
        self.ruled = False                   # the name column's width is that of its rule
        self.unbroken: str | bool = False    # no break between entries: 'stacked' or 'names' (kg.forms.roster_steady)
        self.employers: set[str] | None = None  # the folded cells of an employer column right of the names
        self.steady: set[int] = set()        # columns every entry's first row fills, in a table whose entries are
        # set apart by blank lines or rules (kg.forms.roster_steady)
        self.last_page = -1                  # the start of the last page mark read
        self.paged_steady: set[int] = set()  # the steady columns counting the rows after page breaks too
        self.cut = False                     # the open entry may go on in lines it did not take: no default fills
        # its address or citizenship (its lines after a page break read as the heading of the next table)

    def set_roles(self, roles: list[list[str]]) -> None:
        self.roles, self.name_column = roles, cr.name_column(roles)
        self.title_column = next((i for i, r in enumerate(roles) if "position" in r and i > self.name_column), None)

    def row(self, line: geo.Line) -> _Row:
        cells: dict[int, list[tuple[int, str]]] = {}
        starts, chunks = [s + self.shifts.get(line.start, 0) for s in self.starts], line.chunks()
        if line.start in self.overflows:
            chunks, starts = overflowed(chunks, starts, self.name_column, self.overflows[line.start])
        for offset, chunk in split_at_columns(chunks, starts):
            cells.setdefault(geo.column_at(starts, offset, len(chunk)), []).append((line.start + offset, chunk))
        drop_marks(cells, self.name_column)  # ('(continued)' under a name continued after a page break)
        return _Row(line, cells, marked_cells(cells, line.text, line.start, self.name_column))

    def feed(self, line: geo.Line) -> None:
        stripped = line.text.strip()
        chunks = line.chunks() if stripped else []
        if self.furniture and (not stripped or geo.RULE.match(line.text) or running_header(stripped, chunks)):
            return  # the running header of the new page, and the blank lines about it, are no text of the table
        self.furniture = False
        if geo.MARKUP.match(line.text) and not PAGE_MARK.match(line.text):
            self.paged = True  # '<S>  <C>', '</TABLE>'
            return
        if line.start in self.pages or PAGE_MARK.match(line.text) or running_header(stripped, chunks, first=True):
            self.paged = self.furniture = True  # a page break ('Page 6 of 8', '<PAGE>', a form feed, 'SCHEDULE I
            self.last_page = line.start  # (continued)'): the page's furniture follows; the entry it broke goes on
            return  # after it
        if not stripped or geo.RULE.match(line.text):
            self.broke, self.floating_closed = True, bool(self.floating)
            return
        if read_header(self, line, stripped, chunks):
            return  # a header inside the body: of a table of its own, or of the rows' details on a facing page
        if self.facing is not None:
            if not (len(chunks) > 1 and stripped in self.caption):
                return  # (the rows of a table set on the facing page, or of one whose columns are not these: refused)
            self.facing = None  # the table's own header again: its rows go on
        in_names = geo.column_at(self.starts, chunks[0][0]) == self.name_column if chunks else False
        if len(chunks) > 1 and stripped in self.caption or all(rt.is_header(c) for _, c in chunks) and not (self.rows and (
                not self.broke and not self.paged and in_names and not rc.caption_word(chunks, self.caption)) or self.rows and (
                rt.is_nationality(stripped) if len(chunks) == 1 else in_names and rt.is_nationality(chunks[0][1]))
                or line.start in self.cut_nationalities) and (
                # (a line 'United States' under an open entry's name, or '(United States)  Company', is its citizenship)
                len(chunks) > 1 and (in_names or not self.rows or self.paged)  # of the table's own header, as
                or not self.rows or stripped in self.caption or in_names):  # printed (one word under a cell wraps
            # it; 'States   Company   Company' under a name, its name cell empty, wraps the cells above)
            self.paged = True  # a header repeated on a new page
            return
        if line.start not in self.stacked and (body := section_row(stripped, chunks, self.starts, bool(self.rows)
                                                                   and not self.broke and not self.paged)) is not None:
            self.close()  # 'Executive Officers' alone, or 'OFFICERS    TITLE': a section with its header again
            self.body = body
            return
        row = self.row(line)
        if line.start in self.leader_tails and len(self.rows) == 1 and not self.broke and not self.paged:
            self.rows.append(row)  # the name goes on to the line its leader ends (kg.forms.roster_name_leaders)
            self.name_wrapped = True
            return
        if line.start in self.continued and continues(row.cells, self.name_column, self.rows[0].cells.get(
                self.name_column) if self.rows else None) or carried_over(self, row):
            self.rows.append(row)
            self.broke = self.paged = False
            return
        glued = unglue(row.cells, line.start, self.starts, self.name_column, self.title_column, 4 if self.numbered else 2,
                       self.employers)
        if glued == "refuse" or other_party_row(self, row):  # ('Harrowgate Holdings LLC   Managing Member' under her)
            self.open(row)  # a name glued to the next column's text, cut nowhere for certain: a row of its own,
            self.unconfirmed = "refused"  # left out (with a finding) at its close, never read into the row above
            self.broke = self.paged = False
            return
        name_cells = row.cells.get(self.name_column, [])
        numbered = bool(name_cells) and (rt.strip_numbering(name_cells[0][1])[1] > 0 or number_cell(self.roles, row.cells)
                                         or next_letter(name_cells[0][1], self.rows, self.name_column) or row.marked)
        # (in numbered rows, an unnumbered line right under one, or after a page break, opens none: 'Arps' / 'Slate';
        # a name wrapped over two lines of its column opens an entry at its first line, and its second line opens none)
        wraps = (self.numbered and not numbered and self.rows and (not self.broke or self.paged) or line.start in self.name_tails) \
            and not glued or town_under_name(self, name_cells)  # (a name glued to its title: a row of its own)
        is_name = bool(name_cells) and (rt.is_person_name(name_cells[0][1]) or line.start in self.name_wraps
                                        or (not self.rows or self.broke) and name_and_address(name_cells[0][1], self.roles[self.name_column]))
        if is_name and not wraps and not glued and self._name_goes_on(name_cells[0][1]):
            self.rows.append(row)  # 'Francis Michael' / 'Cyprian Cuss' right under it, where every entry so far
            self.name_wrapped = True  # began after a blank line or a rule: one name wrapped in its column
        elif is_name and not wraps and not glued and not (numbered and self.numbered) and line_of_entry(self, row.cells):
            self.rows.append(row)  # 'ONE CONAGRA DRIVE' under the name, the citizenship column empty beside it (or the
            # occupation going on beside it): a line of the entry, where every entry opens after a break with those
            # columns filled (after a page break too: 'ARPS' / 'SLATE' on the next page)
        elif is_name and not wraps:
            self.numbered = self.numbered or numbered
            self.cut |= opens_unset(self, row.cells)  # (a line the entry above may go on in)
            self.open(row)
        elif name_cells and not wraps and (not self.rows or self.broke) and NAME_START.fullmatch(name_cells[0][1]):
            self.open(row)  # 'Theodore J.' / 'Forstmann': a name that goes on in the next row (confirmed at close)
            self.unconfirmed = True
        elif numbered and (self.numbered or not self.opens) and not self.paged:
            self.numbered = True  # (the first numbered row too: '1. Steven R.' / 'Appleton')
            self.open(row)  # a numbered row starts an entry even when its name wraps ('3. Martin S.' / 'Feldstein')
            self.unconfirmed = True
        elif not self.rows:
            self.result.orphans += rc.stray_names(row.cells.get(self.name_column, []))
        elif (self.broke or self.floating) and not self.paged:
            if self.floating_closed:  # floating rows, a break, then more text: the previous entry's, unless they
                self.settle_floating()  # print a name cell (an entry whose name kg cannot read)
            self.floating.append(row)
        elif self.floating and self.floating[0].cells.get(self.name_column):
            self.floating.append(row)  # after a page break, the rest of the rows the page broke: an entry of its own
            self.floating_closed = False  # (the break before the page was the page's, not the entry's end)
        else:
            self.rows.append(row)
        self.broke = self.paged = False

    def _name_goes_on(self, cell: str) -> bool:
        if len(self.rows) != 1 or self.broke or self.paged or self.name_wrapped or self.spaced < 2 \
                or self.opens_after_break < self.spaced or len(cell.split()) > 2:
            return False
        first = self.rows[0].cells.get(self.name_column)
        if first and (other_case(first[0][1], cell) or whole_above(first[0][1], self.result.entries) or len(self.roles[self.name_column]) > 1
                      and rt.is_person_name(first[0][1].strip()) or self.address_under and whole_by_initial(first[0][1].strip())):
            return False  # (capitals, then not; a column of the name and another field, 'Name and Business Address',
            # whose first line is a whole name: the line under it is the other field's)
        fits = first and len(first[0][1].rstrip()) + 1 + len(cell.split()[0]) <= self.widths[self.name_column]
        if fits and self.ruled or first and self.longest and whole_fits(first[0][1], cell, self.longest[self.name_column]):
            return False  # (the word would have fitted in the column its rule draws: no name wrapped; nor do more
            # than two words: 'ROND-POINT DES CHAMPS-ELYSEES' under a name is an address line)
        return bool(first) and rt.is_person_name(f"{first[0][1].rstrip()} {cell.strip()}")

    def open(self, row: _Row) -> None:
        self.opens += 1
        if not self.paged or self.opens == 1:  # (an entry opened on a new page shows nothing of how entries are
            self.spaced += 1                   # set apart: 'Robert W. Galvin' / 'Robert L. Growney' are two)
            self.opens_after_break += bool(self.broke or self.opens == 1)
        if self.floating and not self.floating_closed:
            for ambiguous in self.floating:
                previous = self.rows[0].cells[self.name_column][0][1] if self.rows else None
                following = row.cells[self.name_column][0][1]
                self.result.ambiguous.append(Ambiguity((ambiguous.line.start, ambiguous.line.start + len(ambiguous.line.text)),
                                                       ambiguous.line.text.strip(), previous, following))
            self.floating = []
        self.close()
        self.rows, self.entry_body = [row], self.body

    def settle_floating(self) -> None:
        """Rows between two breaks: with text in the name column ('Kenneth M.' / 'Duberstein') an entry whose name kg
        cannot read, not the previous entry's continuation (reported, left out); else the previous entry's."""
        if self.floating and self.floating_closed and self.floating[0].cells.get(self.name_column):
            head = self.floating[0].cells[self.name_column][0]
            self.result.orphans.append((head[0], head[0] + len(head[1])))
        else:
            self.rows += self.floating
        self.floating, self.floating_closed = [], False

    def close(self) -> None:
        self.settle_floating()
        if self.rows:
            entry = grid_entry(self.rows, self.roles, self.name_column, self.entry_body, self.widths, self.longest,
                               self.name_wrapped, self.hanging, self.address_under)
            entry.title_column |= self.titles_apart
            if self.unconfirmed == "refused" or self.unconfirmed and not rt.is_person_name(entry.name) \
                    or uncertain_rows(self.rows, self.roles, self.name_column):  # (no break between them)
                self.result.orphans.append(entry.name_span)  # a numbered row whose name kg cannot read: left out
            else:
                for made in per_organization(entry, self.rows, self.roles, self.widths):
                    made.refused |= {"address", "citizenship"} if self.cut else set()
                    self.result.entries.append(made)
        self.rows, self.unconfirmed, self.name_wrapped, self.cut = [], False, False, False


def _entries(body: list[geo.Line], starts: list[int], roles: list[list[str]], first_body: str | None = None,
             pages: set[int] | frozenset = frozenset(), caption: set[str] | frozenset = frozenset(),
             ruled: list[int] | None = None, raw: str = "") -> GridResult:
    widths = widths_of.wrap_widths(body, starts)
    column = cr.name_column(roles)
    if ruled and ruled[column] > widths[column]:  # a name column ruled wider than its lines: 'KENNETH J. BIALKIN' /
        widths[column] = ruled[column]  # 'SKADDEN' is a name and an address line, no surname that did not fit
    builder = _Builder(starts, roles, widths, widths_of.longest(body, starts))
    builder.ruled, builder.shifts = bool(ruled and ruled[column] == widths[column]), shifted_lines(body, starts)
    builder.overflows = {at: d for at, d in overflowed_lines(body, starts, column).items() if at not in builder.shifts}
    builder.body, builder.pages, builder.caption = first_body, set(pages), set(caption)
    builder.headers = body_headers(body, starts, roles, builder.caption)
    builder.leads = header_leads(body, builder.headers)
    builder.stacked = rc.stacked_titles(body, starts)
    builder.cut_nationalities = cut_nationalities(body, lambda line: builder.row(line).cells, column)
    builder.continued = continued_rows(body, starts[column + 1] - 1 if column + 1 < len(starts) else 10 ** 6)
    builder.name_wraps, builder.name_tails = set_in_lines(body, lambda line: builder.row(line).cells, column, name_wraps(
        body, lambda line: builder.row(line).cells, builder.name_column), "address" in roles[column])  # (no name)
    builder.address_under = addresses_under_names(body, lambda line: builder.row(line).cells, column)
    builder.leader_tails = leader_wraps(raw, body)[1]  # ('Francis Michael Cyprian' / '  Cuss ....': the name's end)
    if column + 1 < len(starts) and not {"position", "address", "citizenship"} & set(roles[column + 1]):
        builder.employers = {c.strip().casefold() for line in body for _, c in builder.row(line).cells.get(column + 1, [])}
    builder.steady = steady_columns(body, lambda line: builder.row(line).cells, builder.name_column, builder.pages)
    builder.paged_steady = steady_columns(body, lambda line: builder.row(line).cells, builder.name_column)
    builder.hanging = table_hangs(body, lambda line: builder.row(line).cells, roles, caption, builder.headers.values(), builder.leads)
    if (centred := read_centred(body, builder)) is not None:
        return centred  # names below their rows' first lines: a row is its block (kg.forms.roster_centred)
    if not builder.steady:  # (no break between entries, the names column holding the addresses or names only)
        builder.steady = unbroken_steady(body, lambda line: builder.row(line).cells, builder.name_column)
        builder.unbroken = ("stacked" if "address" in roles[column] else "names") if builder.steady else False
    for line in body:
        builder.feed(line)
    builder.close()
    settle_stacks(builder.result.entries, roles, column, builder.result.orphans)  # (kg.forms.roster_name_cell_wrap)
    return builder.result
