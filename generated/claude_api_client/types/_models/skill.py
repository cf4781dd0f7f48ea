# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel, WireDateTime

from .skill_source import SkillSource


class Skill(APIModel):
    """A reusable bundle of instructions and scripts that Claude can load."""

    id: str
    type: Literal["skill"]
    display_name: str | None = None
    display_title: str | None = None
    source: SkillSource | str
    latest_version_id: str | None = None
    latest_version: str | None = None
    created_at: WireDateTime
    updated_at: WireDateTime
