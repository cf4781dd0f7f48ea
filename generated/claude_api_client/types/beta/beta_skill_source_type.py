# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_skill_source_type`: the official path of these types."""

from __future__ import annotations

from .._models.skill_source_type import SkillSourceType as BetaSkillSourceType

__all__ = [
    "BetaSkillSourceType",
]
