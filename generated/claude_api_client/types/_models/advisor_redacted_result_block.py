# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class AdvisorRedactedResultBlock(APIModel):
    """Advice from the advisor, encrypted."""

    encrypted_content: str
    """Encrypted advice; send it back unchanged."""
    stop_reason: str | None = None
    """Why the advisor stopped."""
    type: Literal["advisor_redacted_result"]
    """Always `advisor_redacted_result`."""
