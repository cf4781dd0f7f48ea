# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class ManagedAgentsProgramWorkflowRunError(APIModel):
    """The run's plan (a program the agent wrote) failed, or the server refused it."""

    type: Literal["program_error"]
    """Always `program_error`."""
    message: str
    """Short server-written explanation; it never quotes the run's or its agents' content."""
