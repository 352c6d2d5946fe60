"""Every regular expression of kg on hostile runs of text: time at two lengths, flag growth.

Collects the compiled patterns of every kg module (module-level `re.Pattern` objects, and
the patterns of kg/patterns/*.yml through kg.patterns.regexes), runs `finditer` over runs
built from one repeated piece ("(", "Smith ", "1", "shares ", " ", "position\\n", ...) at
--small and 4x that length, and reports any pattern whose time grows more than --ratio
times (a linear pattern grows about 4x, a quadratic one 16x) and takes over 50 ms.

    .venv/bin/python benchmarks/regex_scaling.py [--small 5000] [--ratio 8]
"""
from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

PIECES = ["(", ")", "( ", "[", "Smith ", "SMITH ", "John Smith, ", "1", "1,", "1 ", "1.", "shares ", "position\n",
          "position ", " ", "\t", "\n", " \n", "-", "- ", "_", ".", ". ", ",", ", ", "$", "%", "a", "A", "A.", "Mr. ",
          "Name: ", ":", "of ", "the ", "Director ", "<", "<b>", "&", "&#", "'", "\"", "/", "*", "x ", "Inc. ",
          "Item 5 ", "(a) ", "<TD>", "<S>", "<C>", "------ ", "Annex A\n", "Citizenship ", "aggregate of ", "é"]


def patterns() -> dict[str, re.Pattern]:
    """Every pattern kg compiles (module constants, pattern files, patterns built in functions):
    `re._compile` is watched while the bundled filings are extracted; callers outside kg/ are ignored."""
    found: dict[str, re.Pattern] = {}
    kg_dir = str(ROOT / "kg")
    re_dir = re.__file__.rsplit("/", 1)[0]
    original = re._compile

    def watching(pattern, flags):
        compiled = original(pattern, flags)
        frame = sys._getframe(1)
        while frame is not None and frame.f_code.co_filename.startswith(re_dir):
            frame = frame.f_back
        if frame is not None and frame.f_code.co_filename.startswith(kg_dir) and isinstance(compiled, re.Pattern):
            where = f"{Path(frame.f_code.co_filename).relative_to(ROOT)}:{frame.f_lineno}"
            if isinstance(compiled.pattern, str):
                    found.setdefault(f"{compiled.pattern!r}"[:90] + f" ({where})", compiled)
        return compiled

    re._compile = watching
    try:
        from kg.errors import KgError
        from kg.extract import extract
        for folder in ("tests/data/seed", "tests/data/edgar", "tests/data/filings", "tests/data/xml",
                       "tests/data/rosters", "examples/filings"):
            for path in sorted((ROOT / folder).glob("*")):
                if path.suffix in (".txt", ".htm", ".html", ".xml"):
                    try:
                        extract(path)
                    except KgError:
                        pass
    finally:
        re._compile = original
    return found


def timed(pattern: re.Pattern, text: str, budget: float) -> float:
    start = time.perf_counter()
    for _ in pattern.finditer(text):
        if time.perf_counter() - start > budget:
            break
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--small", type=int, default=5000)
    parser.add_argument("--ratio", type=float, default=8.0)
    args = parser.parse_args()
    found = patterns()
    print(f"{len(found)} patterns, {len(PIECES)} pieces", file=sys.stderr)
    bad = []
    for name, pattern in sorted(found.items()):
        for piece in PIECES:
            small = (piece * (args.small // len(piece) + 1))[:args.small]
            big = small * 4
            t1 = timed(pattern, small, 5.0)
            if t1 < 0.002:
                continue
            t2 = timed(pattern, big, 20.0)
            if t2 > 0.05 and t2 / max(t1, 1e-4) > args.ratio:
                bad.append((name, piece, t1, t2))
                print(f"{name}  piece={piece!r}  {t1:.3f}s -> {t2:.3f}s", flush=True)
    print(f"{len(bad)} growing faster than linear", file=sys.stderr)


if __name__ == "__main__":
    main()
