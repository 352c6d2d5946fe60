"""A run-on titles cell whose first sentence closes on the listed organisation's name: 'Director, Motorola.
Chairman, Hang Lung Development Group.' (the name column's text beside it, one sentence after another). The
titles held in the listed organisation are that first sentence's; each sentence after it is an occupation
held elsewhere ('Chairman, Hang Lung Development Group', 'Consultant'), never a title in the listed one.

Only where the first sentence is titles, a comma (or 'of') and the whole name (or an alias), then a full stop
and what follows opens a sentence; no other reading is made of the cell."""
from __future__ import annotations

import re

from kg.forms import roster_types as rt
from kg.forms.roster_own import LEGAL
from kg.forms.roster_wrap import LEGAL_FORM
from kg.lookups.abbreviations import abbreviations

_GOES_ON = re.compile(r"(?:and|or|of|the|for|at|in|to|with|by|on|de|du|des|et|und)\b|[^A-Za-z]", re.I)  # (the name goes on)
_JOINING = {"and", "of", "the", "for", "to", "in", "on", "at", "de", "du", "des", "et", "und"}  # (in a title)
_STATUS = re.compile(r"(?:retired|formerly|former)", re.I)  # ('Retired, former Senior Vice President of X')
_ABBREVIATED = re.compile(r"(?:\b[A-Za-z]\.){2,}$|&\s+" + abbreviations("sentence_end") + r"\.$")  # ('N.A.', 'p.l.c.',
# '& Co.': the stop is the name's)


def own_sentence_apart(fields: dict[str, str], names: list[str], left_out: list[str]) -> None:
    """The entry's one offices cell (its title, position or occupation, no other), run on in one line (no ';' but in
    the name), cut (`own_sentence`): the first sentence its titles, the sentences after it its other positions, those
    that open with no title ('He has served since 1998', 'Self Employed Businessman') `left_out`."""
    keys = [key for key in ("title", "occupation", "position", "other_positions") if fields.get(key)]
    if len(keys) != 1 or "\n" in fields[keys[0]]:
        return  # (a cell of lines: each line may be an item, 'Director, X, Inc.' / 'Professor of Economics, Y')
    whole = whole_own_name(fields[keys[0]], names)
    if keys[0] == "position" and ";" in whole:
        return  # (items apart by ';': kg.forms.roster_mixed reads them)
    fields[keys[0]] = whole
    if apart := own_sentence(whole, names):
        del fields[keys[0]]
        fields["title"] = apart[0]
        if occupations := [sentence for sentence in apart[1] if _opens_with_title(sentence)]:
            fields["other_positions"] = ";".join(occupations)
        left_out += [sentence for sentence in apart[1] if sentence not in occupations]


def whole_own_name(text: str, names: list[str]) -> str:
    """`text` without a ';' put where a line broke inside the listed organisation's name ('The St. Paul Travelers;' /
    'Companies, Inc.': no item ends there)."""
    for name in (n.strip(" .") for n in names if n and len(n.strip(" .")) >= 3 and ";" in text):
        broken = r"(?:\s*;\s*|\s+)".join(map(re.escape, name.split()))
        text = re.sub(broken, lambda m: re.sub(r"\s*;\s*", " ", m.group(0)), text, flags=re.I)
    return text


_SHORT = re.compile(r"[A-Z]{2}")  # a defined short name of two capitals ('("MT")'), read only as printed


def own_sentence(text: str, names: list[str]) -> tuple[str, list[str]] | None:
    """(the first sentence: titles and the listed organisation's name, the sentences after it) or None."""
    flat = " ".join(text.split())
    for name in (n.strip(" .") for n in names if n and (len(n.strip(" .")) >= 3 or _SHORT.fullmatch(n.strip(" .")))):
        bare = LEGAL.sub("", name).strip(" ,.")
        words = "|".join(r"\s+".join(map(re.escape, n.split())) for n in {name, bare} if n)
        case = re.I if len(name) >= 3 else 0  # (a short name of two capitals, 'MT': as printed, never 'Mt.')
        own = re.compile(r"^(.+?)(?:,|\s(?:of|at|for|with))\s+(?:the\s+)?(?:" + words + r")\.\.?\s+(?=[A-Za-z])(.+)$",
                         case)  # ('Corp..': the name's stop, then the sentence's)
        match = own.match(flat)
        if match is None or not _titles(match.group(1)):
            continue
        rest = match.group(2)
        if LEGAL_FORM.match(rest.split(",")[0].split()[0]) or _GOES_ON.match(rest):
            continue  # ('Director, Acme Holdings, Inc.': the legal form goes on with the name)
        if re.search(r"\b(?:" + words + r")\b", rest, case):
            return None  # (a later sentence names the listed organisation too: which titles are whose is not told)
        pieces: list[str] = []
        for piece in re.split(r"(?<=[a-z0-9)])\.\s+(?=[A-Z])", rest):  # ('... & Co. Incorporated': a legal form
            if pieces and LEGAL_FORM.fullmatch(piece.split()[0].strip(",.") if piece.split() else ""):  # goes on with
                pieces[-1] = f"{pieces[-1]}. {piece}"  # the name before it, no sentence of its own)
            else:
                pieces.append(piece)
        sentences = [_unstopped(s) for s in pieces if s.strip(" .")]
        return flat[:match.start(2)].rstrip(), sentences
    return None


def _titles(head: str) -> bool:
    """What the first sentence prints before the name is titles only ('Director; President and Co-Chief Executive
    Officer', 'Executive Officer, Chairman')."""
    pieces = [piece.strip() for piece in re.split(r"[;,]", head)]
    lower = {word for word in re.findall(r"(?<![\w'-])(?![a-z]'[A-Z])[a-z][\w'-]*", head)}  # ('X is a Director': a sentence, no titles)
    return lower <= _JOINING and all(piece and rt.is_title(piece) for piece in pieces)


def _opens_with_title(sentence: str) -> bool:
    """'Chairman, Hang Lung Development Group', 'Consultant', 'Professor of Economics, X', 'Office of the Secretary, X':
    a role, then where."""
    head = re.split(r",|\s(?:of|at|for|with|in)\s", sentence, maxsplit=1)[0].strip()
    office = _OFFICE_OF.match(sentence)  # ('Office of the Secretary, Deutsche Bank Group-Americas': a title's office)
    return bool(head) and (rt.is_title(head) or bool(_STATUS.fullmatch(head))) or bool(office and rt.is_title(office[1]))


_OFFICE_OF = re.compile(r"Office\s+of\s+the\s+([A-Z][\w ]+?),\s+[A-Z]")


def _unstopped(sentence: str) -> str:
    """A sentence without its closing full stop, unless the stop ends an abbreviation ('Inc.', 'N.A.')."""
    text = sentence.strip()
    last = text.split()[-1] if text.split() else ""
    if text.endswith(".") and not LEGAL_FORM.fullmatch(last.strip(",")) and not _ABBREVIATED.search(text):
        return text[:-1].rstrip()
    return text
