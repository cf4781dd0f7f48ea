# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel

from .managed_agents_bedrock_session_event import ManagedAgentsBedrockSessionEvent


class ManagedAgentsBedrockSessionEventPage(APIModel):
    """Bedrock: a page of a session's (or a thread's) events."""

    data: list[ManagedAgentsBedrockSessionEvent] | None = None
    """The items of this page."""
    next_page: str | None = None
    """Token for the following page, or null on the last one."""
