# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypedDict


class MemoryCreateParams(TypedDict):
    """
    Body that writes a new memory.
    """

    path: str
    """
    Where to store the memory, starting with `/`.
    """
    content: str | None
    """
    The memory's text (UTF-8, at most 100 kB).
    """
