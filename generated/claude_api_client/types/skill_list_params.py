# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.skill_list_params`: the official path of these types."""

from __future__ import annotations

from ._params.skill_list_params import SkillListParams as SkillListParams

__all__ = [
    "SkillListParams",
]
