# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel

from .skill import Skill


class SkillPage(APIModel):
    """One page of skills, with the token for the next page."""

    data: list[Skill]
    """The skills on this page."""
    next_page: str | None = None
    """Token to pass as `page` for the next page; null on the last page."""
    has_more: bool | None = None
    """True when more skills follow."""
