# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypeAlias

UserProfileEnforcementStatusParam: TypeAlias = Literal[
    "unrestricted", "pending", "restricted", "banned"
]
"""
Anthropic's enforcement standing of a profile, from its open enforcement actions (more values may come; treat an unknown one as `restricted`).
"""
