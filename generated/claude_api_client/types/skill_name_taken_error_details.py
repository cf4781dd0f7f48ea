# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.skill_name_taken_error_details`: the official path of these types."""

from __future__ import annotations

from ._models.skill_name_taken_error_details import (
    SkillNameTakenErrorDetails as SkillNameTakenErrorDetails,
)

__all__ = [
    "SkillNameTakenErrorDetails",
]
