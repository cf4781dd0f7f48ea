# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel

from .managed_agents_bedrock_session_list_item import (
    ManagedAgentsBedrockSessionListItem,
)


class ManagedAgentsBedrockSessionPage(APIModel):
    """Bedrock: a page of sessions."""

    data: list[ManagedAgentsBedrockSessionListItem]
    """The items of this page."""
    next_page: str | None = None
    """Token for the following page, or null on the last one."""
    prev_page: str | None = None
    """Token for the preceding page, or null on the first one."""
