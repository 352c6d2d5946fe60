"""Held-out re-layout families, sixteenth set (see tests/relayout.py for render(), Options and expected()).

Written 2026-12-05 (21:21-21:29 UTC by `date`) by helper session gather16 (issue 13), BLIND: without reading the
roster reader's code, without running kg, the benchmark or any reader on these layouts, and without seeing any
extraction output. Each family renders the people of the development rosters the way a real roster named in its
docstring could have been printed (the real files are listed in tests/data/rosters_real/SOURCES.md); the ONE
layout feature each family adds is said plainly, and it is ours where the real file does not have it. They are
held out: tests/relayout.py adds FAMILIES to HELD_OUT_FAMILIES at its very end; the lead measures them once
(benchmarks/bench_rosters.py) and they become development families after that measurement.
tests/test_relayout_families.py only checks that each prints the people it expects; nothing here says anything
about the reader's quality on them (not yet measured).

Import `relayout`, not this module, first: relayout imports this module at its bottom (after everything this
module uses is defined), so importing this module on its own first would be a circular import.
"""
from __future__ import annotations

import html
import textwrap

from relayout import Options, Roster, _numbered, _wrap_rows, crc_seed, expected, printed_name


def _pick(choices: list[str] | tuple[str, ...], *key: object) -> str:
    return choices[crc_seed("|".join(map(str, key))) % len(choices)]


# ---- 1. the roster printed twice: a French version first, then the English one --------------------------------
_FR_TITLES = {
    "Director": "Administrateur", "President": "Président", "Vice-President": "Vice-président",
    "Vice President": "Vice-président", "Executive Vice President": "Vice-président exécutif",
    "Senior Vice President": "Premier vice-président",
    "President and Co-Chief Executive Officer": "Président et co-chef de la direction",
    "Chairman": "Président du conseil", "Chairman of the Board": "Président du conseil d'administration",
    "Chief Executive Officer": "Chef de la direction", "Chief Financial Officer": "Chef des services financiers",
    "Chief Operating Officer": "Chef de l'exploitation", "Secretary": "Secrétaire", "Treasurer": "Trésorier",
    "General Counsel": "Chef du contentieux", "Retired Vice Chairman": "Vice-président du conseil (retraité)",
    "Counsel": "Conseiller juridique", "Professor of Economics": "Professeur d'économie",
    "President and CEO": "Président et chef de la direction", "Managing Director": "Directeur général",
    "Partner": "Associé", "Executive Officer": "Dirigeant"}
_FR_COUNTRIES = {
    "United States": "États-Unis", "Canada": "Canada", "France": "France", "United Kingdom": "Royaume-Uni",
    "Germany": "Allemagne", "Switzerland": "Suisse", "Denmark": "Danemark", "Japan": "Japon", "Italy": "Italie",
    "Netherlands": "Pays-Bas", "Belgium": "Belgique", "Spain": "Espagne", "Luxembourg": "Luxembourg"}


def _fr_title(title: str) -> str:
    return _FR_TITLES.get(title, title)


def _fr_other(other: str) -> str:
    """'Counsel, Cassels, Brock & Blackwell' -> 'Conseiller juridique, Cassels, Brock & Blackwell'."""
    title, comma, employer = other.partition(", ")
    return _fr_title(title) + comma + employer


def _roman_block(fields: list[tuple[str, list[str]]], number: str, options: Options) -> list[str]:
    """'(i)     value' lines, continuation lines under the value; a number before the first when numbered."""
    lead = f"{number:<5}" if options.numbered else ""
    lines = []
    for row, (label, values) in enumerate(fields):
        head = (lead if row == 0 else " " * len(lead)) + f"{label:<8}"
        pieces = [piece for value in values for piece in textwrap.wrap(value, options.width + 36)] or [""]
        lines += [((head if i == 0 else " " * len(head)) + piece).rstrip() for i, piece in enumerate(pieces)]
    return lines


def _version_break(options: Options, page: int) -> list[str]:
    footer = f"{'- ' + str(page) + ' -':^78}".rstrip()
    return ["", footer, "<PAGE>" if options.markers else "\f"]


def french_then_english_versions(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Power Corporation of Canada's Exhibit A (tests/data/rosters_real/dev/labelled_roman_power_corp.txt,
    sec.gov .../1265430/000120621206000006/m19319scexv99wa.txt: one block per person, the lines keyed '(i)' name,
    '(ii)' title, '(iii)' country of citizenship, '(iv)' principal occupation, '(v)' business address, as its
    preamble defines them) and Lor Finance's Exhibit 7 (dev/text_asterisk_member_nameaddr_lor_finance.txt,
    sec.gov .../888002/000091205700045726/a2028396zex-99_7.txt: a French filer's roster, 'Conseil
    d'Administration' left in French). The feature this family adds (ours; both real files are in English only):
    the exhibit prints the roster TWICE, as a bilingual filer does - first the French version ('ANNEXE A',
    'ADMINISTRATEURS ET DIRIGEANTS DE <ORG>', a French preamble ending 'La version anglaise qui suit fait foi.'
    and the same blocks with the titles, occupations and countries in French: 'Administrateur', 'Conseiller
    juridique, Cassels, Brock & Blackwell', 'États-Unis', 'a/s' for 'c/o'), then, after a page break, the
    English version ('EXHIBIT A', the English preamble and blocks). The names and addresses are the same in
    both. The expected people are those of the English version, once each. A person without an occupation
    outside <Org> has '(iv)' give his last title there as '<title>, <Org>' (as the real file does). Without
    citizenship the keys are (i) name, (ii) title, (iii) occupation, (iv) address; the numbered variant puts the
    entry's number before '(i)'; the ruled variant a dashed line after each block; a page break
    (options.page_break_in) falls after that entry's '(ii)' line in both versions."""
    org = roster.organization
    labels = ["(i)", "(ii)", "(iii)", "(iv)", "(v)"]

    page = 1

    def blocks(french: bool) -> list[str]:
        nonlocal page
        lines: list[str] = []
        for index, person in enumerate(roster.people):
            titles = [_fr_title(t) if french else t for t in person["positions"]]
            others = [_fr_other(o) if french else o for o in person["other_positions"]]
            occupation = others or ([f"{titles[-1]}, {org}"] if titles else [])
            country = person["citizenship"] or ""
            address = [line.replace("c/o ", "a/s ") if french else line for line in person["address"]]
            fields = [[printed_name(person, options)], ["; ".join(titles)]]
            fields += [[_FR_COUNTRIES.get(country, country) if french else country]] if options.citizenship else []
            fields += [["; ".join(occupation)], address]
            block = _roman_block(list(zip(labels, fields)), f"{index + 1}.", options)
            if options.page_break_in == index:
                block[2:2] = _version_break(options, page) + [""]
                page += 1
            lines += block + ["-" * 60 if options.rules else ""]
        return lines

    if options.citizenship:
        fr_keys = "(i) nom, (ii) fonction, (iii) pays de citoyenneté, (iv) occupation principale et (v) adresse"
        en_keys = "(i) name, (ii) title, (iii) country of citizenship, (iv) principal occupation and (v) principal"
    else:
        fr_keys = "(i) nom, (ii) fonction, (iii) occupation principale et (iv) adresse"
        en_keys = "(i) name, (ii) title, (iii) principal occupation and (iv) principal"
    of = "d'" if org[:1].upper() in "AEIOUÉ" else "de "
    lines = (["<PAGE>"] if options.markers else []) + [f"{'ANNEXE A':>79}", "",
                                                       f"         ADMINISTRATEURS ET DIRIGEANTS {of.upper()}{org.upper()}", ""]
    lines += textwrap.wrap(f"Les {fr_keys} d'affaires principale de chacun des administrateurs et dirigeants {of}"
                           f"{org} sont indiqués ci-dessous. La version anglaise qui suit fait foi.", 78) + [""]
    lines += blocks(french=True)
    lines += _version_break(options, page) + [f"{'EXHIBIT A':>79}", "",
                                           f"         DIRECTORS AND EXECUTIVE OFFICERS OF {org.upper()}", ""]
    lines += textwrap.wrap(f"The {en_keys} business address of each of the directors and executive officers of "
                           f"{org} are listed below.", 78) + [""]
    page += 1
    lines += blocks(french=False)
    return ".txt", "\n".join(lines).rstrip() + "\n", [expected(p, org, options) for p in roster.people]


# ---- 2. a PDF converted to HTML: every line of text an absolutely positioned fragment ---------------------------
_PX = 6          # pixels per character of the 9pt face
_LINE = 13       # pixels per line
_TOP = 96        # first line of a page


def _fragment(tag: str, left: int, top: int, text: str, bold: bool = False) -> str:
    inner = f"<b>{html.escape(text)}</b>" if bold else html.escape(text)
    return (f"<{tag} style=\"position:absolute;left:{left}px;top:{top}px;white-space:nowrap\">"
            f"<span style=\"font-family:'Times New Roman';font-size:9pt\">{inner}</span></{tag}>")


def absolute_positioned_html(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After AIG's Exhibit A (tests/data/rosters_real/dev/text_fixed4col_aig.txt, sec.gov .../909815/
    000095012306004856/y19970a5exv99wa.txt: a table of name | title | outside occupations | business address whose
    cells wrap over several lines) as typeset to PDF and then filed as the HTML a PDF-to-HTML converter makes of
    it. The feature this family adds (ours): there is NO <table> and no line structure at all - every line of
    every cell is a separate fragment, `<div style="position:absolute;left:..px;top:..px">` (a <p> in the
    unmarked variant) holding a <span>, placed on the page by its coordinates only; the fragments come in reading
    order (top to bottom, left to right within a line), so one cell's wrapped lines are never next to each other
    in the source, and a cell with fewer lines simply has no fragment on the lower lines. Pages are `position:
    relative` <div>s with a page-number fragment at the foot. Columns: Name | Position with the Company |
    Present Principal Occupation | Business Address | Citizenship, the caption in bold over two lines; the
    number of a numbered row is a fragment of its own before the name; the ruled variant draws an empty
    bordered <div> between rows; a page break (options.page_break_in) falls after an entry's first line, the
    caption repeated at the top of the next page if it repeats."""
    org = roster.organization
    tag = "div" if options.markers else "p"
    chars = [26, 22, max(options.width, 26) + 2, 28, 16 if options.citizenship else 0]
    lefts = [48 + _PX * sum(chars[:i]) for i in range(len(chars))]
    width = max(816, lefts[-1] + _PX * chars[-1] + 48)
    tops = ["", "Position with", "Present Principal", "", ""]
    bottoms = ["Name", "the Company", "Occupation", "Business Address", "Citizenship"]
    pages: list[list[str]] = [[]]
    line = 0

    def put(left: int, text: str, bold: bool = False) -> None:
        if text:
            pages[-1].append(_fragment(tag, left, _TOP + _LINE * line, text, bold))

    def caption() -> None:
        nonlocal line
        for words in (tops, bottoms):
            for left, word, chars_wide in zip(lefts, words, chars):
                if chars_wide:
                    put(left, word, bold=True)
            line += 1
        line += 1

    put((width - _PX * 10) // 2, "SCHEDULE I", bold=True)
    line += 2
    title = f"DIRECTORS AND EXECUTIVE OFFICERS OF {org.upper()}"
    put(max(48, (width - _PX * len(title)) // 2), title, bold=True)
    line += 2
    says = ", business address and citizenship" if options.citizenship else " and business address"
    for piece in textwrap.wrap(f"The following table sets forth the name, present position with {org} (the "
                               f"\"Company\"), present principal occupation{says} of each director and executive "
                               f"officer of the Company.", (width - 96) // _PX - 4):
        put(48, piece)
        line += 1
    line += 1
    caption()
    for index, person in enumerate(roster.people):
        name_left = lefts[0] + (_PX * 4 if options.numbered else 0)
        cells = [textwrap.wrap(printed_name(person, options), chars[0] - (6 if options.numbered else 2)),
                 [piece for title in person["positions"] for piece in textwrap.wrap(title, chars[1] - 2)],
                 [piece for other in person["other_positions"] for piece in textwrap.wrap(other, chars[2] - 2)],
                 [piece for address in person["address"] for piece in textwrap.wrap(address, chars[3] - 2)],
                 textwrap.wrap(person["citizenship"] or "", chars[4] - 2) if options.citizenship else []]
        height = max(len(c) for c in cells)
        for row in range(height):
            if row == 0 and options.numbered:
                put(lefts[0], f"{index + 1}.")
            for column, cell in enumerate(cells):
                if row < len(cell):
                    put(name_left if column == 0 else lefts[column], cell[row])
            line += 1
            if options.page_break_in == index and row == 0 and height > 1:
                pages[-1].append(_fragment(tag, width // 2 - _PX, 1000, f"{len(pages)}"))
                pages.append([])
                line = 0
                if options.repeat_header:
                    caption()
        if options.rules:
            pages[-1].append(f"<div style=\"position:absolute;left:48px;top:{_TOP + _LINE * line + 6}px;"
                             f"width:{width - 96}px;border-top:1px solid #000000\"></div>")
        line += 1
    pages[-1].append(_fragment(tag, width // 2 - _PX, 1000, f"{len(pages)}"))
    body = "".join(f"<div style=\"position:relative;width:{width}px;height:1056px;page-break-after:always\">"
                   f"{''.join(page)}</div>" for page in pages)
    text = (f"<html><head><title>Schedule I</title></head><body style=\"margin:0\">{body}</body></html>")
    return ".htm", text, [expected(p, org, options) for p in roster.people]


# ---- 3. a wide table hard-wrapped at column 80 ----------------------------------------------------------------
def _fold(line: str, limit: int = 80) -> list[str]:
    """A line longer than `limit` broken at the last space within it (or at `limit` where there is none), the
    rest carried to the next line from its first character, as a line-length converter does."""
    out = []
    while len(line) > limit:
        cut = line.rfind(" ", 0, limit + 1)
        if cut <= 0:
            out.append(line[:limit])
            line = line[limit:]
        else:
            out.append(line[:cut].rstrip())
            line = line[cut:].lstrip()
    return out + [line]


def hard_wrapped_80_columns(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Ariel Capital's Schedule I (sec.gov .../764762/000092735600001800/0004.txt: a table 111 characters
    wide with dashed rules as wide, Officer / Director | Address | Position) and AIG's five-column Exhibit A
    (tests/data/rosters_real/dev/text_fixed4col_aig.txt). The feature this family adds (ours): the table is
    wider than EDGAR's 80-character line for ASCII text outside a <TABLE>, and the filer's conversion tool
    HARD-WRAPPED every line at column 80 - broken at the last space at or before column 80 (at column 80 in a
    rule that has no space), the rest of the line carried to the next line starting at column 0. So each row line
    of the table becomes two lines: the first holds the name and title columns and part of the occupation
    column, the second begins with whatever the break left over (the end of an occupation cell, an address line,
    the citizenship) flush left; a row line whose left columns are empty may become an empty line followed by its
    right-hand cells at column 0. The heading and the preamble are short and not affected. Columns: Name | Position
    with <Org> | Present Principal Occupation | Business Address | Citizenship (caption over two lines, dashed
    underlines); rows apart by a blank line (a dashed rule in the ruled variant). A page break (options.
    page_break_in) falls after an entry's first line: page number, '<PAGE>' (a form feed without markers),
    the caption again if it repeats."""
    org = roster.organization
    widths = [26, 24, max(options.width, 26) + 2, 32, 16 if options.citizenship else 0]
    live = [w for w in widths if w]
    tops = ["", "Position with", "Present Principal", "", ""]
    bottoms = ["Name", "the Company", "Occupation", "Business Address", "Citizenship"]
    caption = _wrap_rows([[t, b] for t, b, w in zip(tops, bottoms, widths) if w], live)
    caption.append("".join(f"{'-' * (w - 2):<{w}}" for w in live).rstrip())
    says = ", business address and citizenship" if options.citizenship else " and business address"
    title = f"DIRECTORS AND EXECUTIVE OFFICERS OF {org.upper()}"
    lines = [f"{'SCHEDULE I':^78}".rstrip(), "", *[f"{piece:^78}".rstrip() for piece in textwrap.wrap(title, 60)], ""]
    lines += textwrap.wrap(f"The following table sets forth the name, present position with {org} (the \"Company\"), "
                           f"present principal occupation{says} of each director and executive officer of the "
                           f"Company.", 78) + ["", *caption, ""]
    for index, person in enumerate(roster.people):
        cells = [textwrap.wrap(_numbered(index, printed_name(person, options), options), widths[0] - 2),
                 [piece for title in person["positions"] for piece in textwrap.wrap(title, widths[1] - 2)],
                 [piece for other in person["other_positions"] for piece in textwrap.wrap(other, widths[2] - 2)],
                 [piece for line in person["address"] for piece in textwrap.wrap(line, widths[3] - 2)],
                 textwrap.wrap(person["citizenship"] or "", widths[4] - 2) if options.citizenship else []]
        rows = _wrap_rows([c for c, w in zip(cells, widths) if w], live)
        if options.page_break_in == index and len(rows) > 1:
            rows[1:1] = ["", f"{'- 1 -':^80}".rstrip(), "<PAGE>" if options.markers else "\f", ""] + (
                caption + [""] if options.repeat_header else [])
        lines += rows
        lines.append("-" * sum(live) if options.rules else "")
    folded = [piece for line in lines for piece in _fold(line)]
    return ".txt", "\n".join(folded) + "\n", [expected(p, org, options) for p in roster.people]


# ---- 4. a typed roster scanned and run through OCR ---------------------------------------------------------------
_OCR_LABELS = {
    "name": ("Name:", "Narne:", "Name;", "Narne;", "Nanie:"),
    "position": ("Position:", "Posidon:", "Positlon:", "Position;", "Posi tion:"),
    "occupation": ("Principal Occupation:", "Principa1 Occupation:", "Prlncipal Occupatlon:",
                   "Principal 0ccupation:", "Principal Occu pation:"),
    "address": ("Business Address:", "Busincss Address:", "Business Addrcss:", "Bus iness Address:",
                "Business Address;"),
    "citizenship": ("Citizenship:", "Citizensbip:", "Citizenshlp:", "Cltizenship:", "Citizen ship:")}
_SPECKS = (".", "'", ",", "`", "-", ":")
_VALUE_COLUMN = 37


def ocr_scanned_typescript(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Micron's Exhibit 1 (tests/data/rosters_real/dev/labelled_blocks_micron.txt, sec.gov .../854460/
    000091205701506984/a2044032zex-1.txt: typed labelled blocks, 'Name:', 'Business Address:', 'Principal
    Occupation:', the values in a fixed column) as a paper exhibit of the 1990s that was scanned and turned into
    text by OCR before filing (EDGAR texts of that time show OCR confusions such as 'par value $.0l per share',
    lawinsider.com/contracts/726cKaAG1Ff, a 1994 exhibit). The feature this family adds (ours): the OCR NOISE of
    such a text - the heading, preamble, labels and page numbers carry the usual character confusions ('rn' for
    'm', 'l' or '1' for 'i' and 'l', '0' for 'O', 'c' for 'e', 'b' for 'h', a space inside a word: 'Narne:',
    'Principa1 Occupation:', 'Busincss Address:', 'Citizensbip:', 'Posi tion:', 'SCHEDULE l', 'EXECUTIVE
    0FFICERS'), a different misreading on each person's labels; specks of dirt read as stray characters (a lone
    '.', ',', '`' or ':' on a line between blocks, a speck at the left margin of some lines); and lines the OCR
    broke: for some persons one field's value starts on the line under its label instead of beside it. The
    values themselves (names, titles, occupations, addresses, countries) came through clean, and the expected
    people have them as printed; the organisation's name is clean in the preamble. Fields: Name, Position (the
    titles held in <Org>), Principal Occupation (only for a person with an occupation outside <Org>), Business Address,
    Citizenship; the numbered variant puts 'n.' before 'Name:'; the ruled variant a typed underscore rule, read
    in pieces, after each block; a page break (options.page_break_in) falls after that person's Position."""
    org = roster.organization
    margin = 4 if options.numbered else 0
    lines = [f"{'SCHEDULE l':>44}", "", f"     DIRECTORS AND EXECUTIVE 0FFICERS OF {org.upper()}", ""]
    says = ", present principal occupation and citizenship" if options.citizenship else \
        " and present principal occupation"
    lines += textwrap.wrap(f"     The fo1lowing is a 1ist of the directors and executive officcrs of {org}, "
                           f"with the business address{says} of cach of thern.", 76) + [""]
    for index, person in enumerate(roster.people):
        key = (org, person["name"])
        fields = [("name", [printed_name(person, options)]), ("position", ["; ".join(person["positions"])])]
        if person["other_positions"]:
            fields.append(("occupation", person["other_positions"]))
        fields.append(("address", person["address"]))
        if options.citizenship:
            fields.append(("citizenship", [person["citizenship"] or ""]))
        broken = _pick([name for name, _ in fields[2:]], *key, "broken")
        block, page_at = [], 0
        for row, (field, values) in enumerate(fields):
            label = _pick(_OCR_LABELS[field], *key, field)
            head = f"{index + 1}." if options.numbered and row == 0 else ""
            head = f"{head:<{margin}}{label}"
            pieces = [piece for value in values for piece in textwrap.wrap(value, options.width + 6)]
            if field == broken:
                block.append(head)
                head = ""
            block += [(f"{(head if i == 0 else ''):<{_VALUE_COLUMN}}" + piece).rstrip() for i, piece in enumerate(pieces)]
            block.append("")
            if field == "position":
                page_at = len(block)
        if options.rules:
            block[-1] = "___ ______ ____ _______ _____ ___ ____"
            block.append("")
        block = [f"  {text}" if text else "" for text in block]
        for row, text in enumerate(block):
            if text and row % 4 == crc_seed(person["name"]) % 4:
                block[row] = _pick(_SPECKS, *key, row) + text[1:]
        if options.page_break_in == index:
            block[page_at:page_at] = ["", f"{'- l -':^76}".rstrip(), "<PAGE>" if options.markers else "\f", ""]
        if crc_seed(person["name"]) % 3 != 0:
            block.append(f"{' ' * (crc_seed(person['name']) % 50)}{_pick(_SPECKS, *key, 'speck')}".rstrip())
        lines += block
    last = "- 2 -" if options.page_break_in is not None and options.page_break_in < len(roster.people) else "- l -"
    lines += ["", f"{last:^76}".rstrip()]
    return ".txt", "\n".join(lines) + "\n", [expected(p, org, options) for p in roster.people]


FAMILIES = {"french_then_english_versions": french_then_english_versions,
            "absolute_positioned_html": absolute_positioned_html,
            "hard_wrapped_80_columns": hard_wrapped_80_columns,
            "ocr_scanned_typescript": ocr_scanned_typescript}
