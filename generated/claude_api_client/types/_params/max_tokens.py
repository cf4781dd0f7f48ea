# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypeAlias

MaxTokens: TypeAlias = int
"""
Upper limit on the advisor's output per call.
"""
