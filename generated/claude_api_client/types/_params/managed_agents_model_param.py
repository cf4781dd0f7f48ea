# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypeAlias

ManagedAgentsModelParam: TypeAlias = (
    str
    | Literal["claude-sonnet-5"]
    | Literal["claude-fable-5"]
    | Literal["claude-opus-5"]
    | Literal["claude-opus-4-8"]
    | Literal["claude-opus-4-7"]
    | Literal["claude-opus-4-6"]
    | Literal["claude-sonnet-4-6"]
    | Literal["claude-haiku-4-5"]
    | Literal["claude-haiku-4-5-20251001"]
    | Literal["claude-opus-4-5"]
    | Literal["claude-opus-4-5-20251101"]
    | Literal["claude-sonnet-4-5"]
    | Literal["claude-sonnet-4-5-20250929"]
)
"""
A model.
"""
