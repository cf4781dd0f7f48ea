# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel

from .managed_agents_session_thread import ManagedAgentsSessionThread


class ManagedAgentsListSessionThreads(APIModel):
    """A page of a session's threads."""

    data: list[ManagedAgentsSessionThread] | None = None
    next_page: str | None = None
