# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypeAlias

Context: TypeAlias = str
"""
Background about the document that is not itself cited.
"""
