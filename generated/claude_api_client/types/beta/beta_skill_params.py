# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_skill_params`: the official path of these types."""

from __future__ import annotations

from .._params.container_skill_param import ContainerSkillParam as BetaSkillParams

__all__ = [
    "BetaSkillParams",
]
