# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypeAlias

AnalyticsUsageOrderByParam: TypeAlias = Literal[
    "output_tokens", "requests", "time", "total_tokens", "uncached_input_tokens"
]
"""
Fields the usage breakdown can be sorted by.
"""
