# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel

from .managed_agents_session import ManagedAgentsSession


class ManagedAgentsListSessions(APIModel):
    """A page of sessions, with tokens for the pages on either side."""

    data: list[ManagedAgentsSession] | None = None
    """The items of this page."""
    next_page: str | None = None
    """Token for the following page, or null on the last one."""
    prev_page: str | None = None
    """Token for the preceding page, or null on the first one."""
