# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel

from .managed_agents_session import ManagedAgentsSession


class ManagedAgentsListSessions(APIModel):
    """A page of sessions, with tokens for the pages on either side."""

    data: list[ManagedAgentsSession] | None = None
    next_page: str | None = None
    prev_page: str | None = None
