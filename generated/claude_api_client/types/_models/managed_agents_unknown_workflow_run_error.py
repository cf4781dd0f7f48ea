# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class ManagedAgentsUnknownWorkflowRunError(APIModel):
    """A workflow run failure with no more specific type."""

    type: Literal["unknown_error"]
    """Always `unknown_error`."""
    message: str
    """Short server-written explanation; it never quotes the run's or its agents' content."""
