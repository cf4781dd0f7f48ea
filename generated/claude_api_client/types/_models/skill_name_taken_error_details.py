# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class SkillNameTakenErrorDetails(APIModel):
    """Another skill already has that name."""

    error_code: Literal["skill_name_taken"]
    """Always `skill_name_taken`."""
    skill_name: str
    """The name that is taken."""
