# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypeAlias

MaxCharacters: TypeAlias = int
"""
Truncate file views to this many characters.
"""
