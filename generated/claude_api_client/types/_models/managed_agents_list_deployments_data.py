# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel

from .managed_agents_deployment import ManagedAgentsDeployment


class ManagedAgentsListDeploymentsData(APIModel):
    """A page of deployments."""

    data: list[ManagedAgentsDeployment]
    next_page: str | None = None
