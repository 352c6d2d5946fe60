"""A synthetic corpus of N filings made from the bundled real filings, for the benchmarks.

    python benchmarks/corpus.py OUT_DIR 100000          # writes OUT_DIR/000000_<name> ...

The mix follows EDGAR's ownership filings (most are Forms 4; Schedules 13G outnumber 13D;
few filings carry a roster of directors and officers), by weight:

| share | what (bundled real filings) |
| ---: | --- |
| 58% | Form 4: XML (Snowflake/Scarpelli, 374Water) and an EDGAR submission (Nicholas Financial) |
| 8% | Form 3 XML; 2% Form 5 XML |
| 10% | Schedule 13G/A XML (Jushi/Marex, Avis/Pentwater) |
| 8% | Schedule 13G text and HTML (Trinity/BlackRock, Livent/Millennium) |
| 5% | Schedule 13D/A XML (Aadi/BML, Icahn Enterprises amendment 85) |
| 6% | Schedule 13D text: the 8x8/STMicroelectronics 13D/A with its 26-person annex, the CVR/Icahn submission |
| 3% | roster exhibits (tests/data/rosters: HTML and text tables, labelled blocks, ...) |

Each copy is a distinct filing: an EDGAR submission gets a new accession number (every
occurrence replaced); any other file gets an invisible mark at its end (an XML or HTML
comment, or trailing blanks on a text file's last line), so that its text hash, and with it
the filing's IRI, is its own. What kg reads from the copy is otherwise the original's.
"""
from __future__ import annotations

import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
MIX = [
    (58, ["xml/form4_snow_scarpelli.xml", "xml/form4_374water.xml",
          "edgar/form4_nicholas_financial_0001357521-18-000008.txt"]),
    (8, ["xml/form3_snow_garrett.xml"]),
    (2, ["xml/form5_snow_mcmahon.xml"]),
    (10, ["xml/sc13g_jushi_marex.xml", "xml/sc13ga_avis_pentwater.xml"]),
    (8, ["filings/13g_text_trinity_blackrock.txt", "filings/13g_html_livent_millennium.htm"]),
    (5, ["xml/sc13d_aadi_bml.xml", "xml/sc13da_icahn_enterprises_amd85.xml"]),
    (6, ["seed/000_1f89013551cd3d2c.txt", "filings/13d_submission_cvr_icahn.txt"]),
    (3, sorted(f"rosters/{p.name}" for p in (DATA / "rosters").iterdir() if p.suffix in (".txt", ".htm"))),
]
ACCESSIONS = {"filings/13d_submission_cvr_icahn.txt": b"0001104659-25-002604",
              "edgar/form4_nicholas_financial_0001357521-18-000008.txt": b"0001357521-18-000008"}


def choices(count: int, seed: int = 16) -> list[str]:
    """`count` bundled filings (relative paths under tests/data) drawn by the mix."""
    rng = random.Random(seed)
    weights = [weight / len(names) for weight, names in MIX for _ in names]
    names = [name for _, group in MIX for name in group]
    return rng.choices(names, weights=weights, k=count)


def distinct(name: str, data: bytes, index: int) -> bytes:
    """The bytes of copy `index` of a bundled filing: a new accession number or a mark."""
    if name in ACCESSIONS:
        return data.replace(ACCESSIONS[name], f"99{index:08d}-26-{index % 1000000:06d}".encode())
    if name.endswith((".xml", ".htm", ".html")):
        return data.rstrip() + f"\n<!-- synthetic copy {index} -->\n".encode()
    marks = "".join(" \t"[int(bit)] for bit in f"{index:020b}")
    return data.rstrip(b"\n") + marks.encode() + b"\n"


def write(out: Path, count: int) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    cache: dict[str, bytes] = {}
    paths = []
    for index, name in enumerate(choices(count)):
        data = cache.get(name) or cache.setdefault(name, (DATA / name).read_bytes())
        path = out / f"{index:06d}_{Path(name).name}"
        path.write_bytes(distinct(name, data, index))
        paths.append(path)
    return paths


if __name__ == "__main__":
    written = write(Path(sys.argv[1]), int(sys.argv[2]))
    print(f"{len(written)} files, {sum(p.stat().st_size for p in written) / 1e6:.1f} MB in {sys.argv[1]}")
