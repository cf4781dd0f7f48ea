# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class OrganizationRateLimitWebSearchGroup(APIModel):
    """Limits on web search."""

    id: str
    """ID of the group."""
    type: Literal["web_search"]
    """Always `web_search`."""
