# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class DreamSessionsInput(APIModel):
    """Session transcripts a dream reads."""

    type: Literal["sessions"]
    """Always `sessions`."""
    session_ids: list[str]
    """IDs of the sessions whose transcripts to read."""
