# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel

from .managed_agents_agent import ManagedAgentsAgent


class ManagedAgentsListAgents(APIModel):
    """A page of agents."""

    data: list[ManagedAgentsAgent]
    next_page: str | None = None
