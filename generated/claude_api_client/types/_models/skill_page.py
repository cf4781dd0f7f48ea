# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel

from .skill import Skill


class SkillPage(APIModel):
    """One page of skills, with the token for the next page."""

    data: list[Skill]
    next_page: str | None = None
    has_more: bool | None = None
