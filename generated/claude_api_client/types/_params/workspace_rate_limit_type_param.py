# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypeAlias

WorkspaceRateLimitTypeParam: TypeAlias = Literal[
    "fast_itpmca",
    "fast_otpm",
    "input_tokens_per_minute",
    "input_tokens_per_minute_cache_aware",
    "output_tokens_per_minute",
    "requests_per_minute",
    "tokens_per_day",
    "tokens_per_minute",
    "tool_uses_per_second",
]
"""
What a workspace limit counts; `input_tokens_per_minute_cache_aware` leaves cache reads out, `input_tokens_per_minute` counts them. A workspace limit applies on top of the organization's.
"""
