# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel

from .skill_version import SkillVersion


class SkillVersionPage(APIModel):
    """One page of a skill's versions, with the token for the next page."""

    data: list[SkillVersion]
    """The versions on this page."""
    next_page: str | None = None
    """Token to pass as `page` for the next page; null on the last page."""
    has_more: bool | None = None
    """True when more versions follow."""
