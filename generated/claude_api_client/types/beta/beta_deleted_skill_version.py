# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_deleted_skill_version`: the official path of these types."""

from __future__ import annotations

from .._models.deleted_skill_version import DeletedSkillVersion as BetaDeletedSkillVersion

__all__ = [
    "BetaDeletedSkillVersion",
]
