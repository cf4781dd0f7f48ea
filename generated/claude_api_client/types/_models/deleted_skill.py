# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class DeletedSkill(APIModel):
    """Confirmation that a skill was deleted."""

    id: str
    """Identifier of the deleted skill."""
    type: Literal["skill_deleted"]
    """Always `skill_deleted`."""
