# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel

from .managed_agents_deployment_run import ManagedAgentsDeploymentRun


class ManagedAgentsListDeploymentRunsData(APIModel):
    """A page of deployment runs."""

    data: list[ManagedAgentsDeploymentRun]
    next_page: str | None = None
