# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypeAlias

ThinkingDisplayModeParam: TypeAlias = Literal["summarized", "omitted", "updates"]
"""
How thinking appears in the response: summarised, omitted, or as short progress updates (`updates`, beta thinking-display-updates-2026-08-18).
"""
