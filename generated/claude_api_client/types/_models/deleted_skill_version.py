# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class DeletedSkillVersion(APIModel):
    """Confirmation that a skill version was deleted."""

    id: str
    """Identifier of the deleted version."""
    type: Literal["skill_version_deleted"]
    """Always `skill_version_deleted`."""
