# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypeAlias

ThinkingPrefixMismatchBehaviorParam: TypeAlias = Literal["error", "drop_block"]
"""
What a thinking block that fails the conversation check does: fail the request (`error`) or get dropped (`drop_block`).
"""
