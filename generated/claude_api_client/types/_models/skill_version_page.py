# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel

from .skill_version import SkillVersion


class SkillVersionPage(APIModel):
    """One page of a skill's versions, with the token for the next page."""

    data: list[SkillVersion]
    next_page: str | None = None
    has_more: bool | None = None
