# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class SessionWorkData(APIModel):
    """What a work item asks the worker to do: run this session."""

    id: str
    """Unique identifier."""
    type: Literal["session"]
    """Object type tag."""
