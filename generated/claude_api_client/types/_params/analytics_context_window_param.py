# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypeAlias

AnalyticsContextWindowParam: TypeAlias = Literal["0-200k", "200k-1M"]
"""
Context-window tiers a request is priced in.
"""
