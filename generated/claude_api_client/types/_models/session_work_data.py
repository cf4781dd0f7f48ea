# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class SessionWorkData(APIModel):
    """What a work item asks the worker to do: run this session."""

    id: str
    """ID of the session the work item is about."""
    type: Literal["session"]
    """Always `session`."""
