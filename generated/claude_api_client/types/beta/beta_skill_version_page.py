# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_skill_version_page`: the official path of these types."""

from __future__ import annotations

from .._models.skill_version_page import SkillVersionPage as BetaSkillVersionPage

__all__ = [
    "BetaSkillVersionPage",
]
