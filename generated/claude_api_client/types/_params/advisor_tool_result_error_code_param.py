# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypeAlias

AdvisorToolResultErrorCodeParam: TypeAlias = Literal[
    "max_uses_exceeded",
    "prompt_too_long",
    "too_many_requests",
    "overloaded",
    "unavailable",
    "execution_time_exceeded",
    "model_not_found",
]
"""
Why an advisor call failed.
"""
