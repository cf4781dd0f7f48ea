# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypeAlias

ThinkingDisplayMode: TypeAlias = Literal["summarized", "omitted"]
"""
How thinking appears in the response: summarised or omitted.
"""
