# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.skills.version_create_params`: the official path of these types."""

from __future__ import annotations

from ..._params.beta_skill_version_create_params import (
    BetaSkillVersionCreateParams as VersionCreateParams,
)

__all__ = [
    "VersionCreateParams",
]
