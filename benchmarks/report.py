"""Writing a benchmark's results into BENCHMARKS.md: one `## Title` section, replaced whole."""
from __future__ import annotations

import os
import platform
import re
import time
from pathlib import Path

BENCHMARKS = Path(__file__).resolve().parents[1] / "BENCHMARKS.md"


def write_section(title: str, text: str, path: Path = BENCHMARKS) -> None:
    """Replace the section `## title` (up to the next `## `) by `text`, which starts with that
    heading; append it when the file has no such section yet."""
    current = path.read_text(encoding="utf-8")
    pattern = re.compile(rf"^## {re.escape(title)}\n.*?(?=^## |\Z)", re.DOTALL | re.MULTILINE)
    block = text.rstrip("\n") + "\n"
    updated = pattern.sub(lambda _: block + "\n", current) if pattern.search(current) else \
        current.rstrip("\n") + "\n\n" + block
    path.write_text(updated, encoding="utf-8")


def machine() -> str:
    """The closing line of a section: the machine, shared, the Python and the day."""
    return (f"Machine: {platform.machine()}, {os.cpu_count()} cores shared with other work, "
            f"Python {platform.python_version()}, {time.strftime('%Y-%m-%d')}.")
