# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class ManagedAgentsWorkflowRunResultCompleted(APIModel):
    """The run's plan ran to its end (which says nothing about whether the work succeeded)."""

    type: Literal["completed"]
    """Always `completed`."""
