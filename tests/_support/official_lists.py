"""The checked-in lists written from the official package (`tests/official_*.txt`)."""

from __future__ import annotations

from pathlib import Path

__all__ = ["read_keyed_words"]


def read_keyed_words(path: Path) -> dict[tuple[str, str], list[str]]:
    """A list of `<key>\\t<key>\\t<word> <word> ...` lines: each pair of keys → its words."""
    rows: dict[tuple[str, str], list[str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        first, second, words = line.split("\t")
        rows[first, second] = words.split()
    return rows
