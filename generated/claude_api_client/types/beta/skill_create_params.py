# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.skill_create_params`: the official path of these types."""

from __future__ import annotations

from .._params.beta_skill_create_params import BetaSkillCreateParams as SkillCreateParams

__all__ = [
    "SkillCreateParams",
]
