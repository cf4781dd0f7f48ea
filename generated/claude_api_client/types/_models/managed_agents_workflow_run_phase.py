# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel


class ManagedAgentsWorkflowRunPhase(APIModel):
    """One phase declared by a workflow run's plan."""

    id: str
    """ID of the phase."""
    name: str
    """Name the agent gave the phase, unchanged."""
    description: str | None = None
    """Description the agent gave the phase, unchanged; null when it gave none."""
