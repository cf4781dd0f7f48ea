# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypeAlias

UserProfileEntityTypeParam: TypeAlias = Literal[
    "individual", "business", "non_profit", "government"
]
"""
Kind of entity behind a profile: `individual`, `business`, `non_profit` or `government`.
"""
