# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel, WireDateTime


class SkillVersion(APIModel):
    """One uploaded version of a skill."""

    id: str
    type: Literal["skill_version"]
    skill_id: str
    name: str
    description: str
    directory: str | None = None
    version: str | None = None
    created_at: WireDateTime
