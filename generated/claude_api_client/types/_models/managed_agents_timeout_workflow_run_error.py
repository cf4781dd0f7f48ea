# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class ManagedAgentsTimeoutWorkflowRunError(APIModel):
    """The workflow run hit its time limit."""

    type: Literal["timeout_error"]
    """Always `timeout_error`."""
    message: str
    """Short server-written explanation; it never quotes the run's or its agents' content."""
