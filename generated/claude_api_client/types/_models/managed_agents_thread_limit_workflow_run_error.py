# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class ManagedAgentsThreadLimitWorkflowRunError(APIModel):
    """The workflow run tried to create more threads than a run may."""

    type: Literal["thread_limit_error"]
    """Always `thread_limit_error`."""
    message: str
    """Short server-written explanation; it never quotes the run's or its agents' content."""
