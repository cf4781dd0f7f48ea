# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class CompactionDelta(APIModel):
    """The content of a compaction block."""

    content: str | None = None
    """The compaction summary."""
    encrypted_content: str | None = None
    """Opaque compaction state to send back unchanged."""
    type: Literal["compaction_delta"]
    """Always `compaction_delta`."""
