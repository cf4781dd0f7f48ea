# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class AdvisorRedactedResultBlock(APIModel):
    """Advice from the advisor, encrypted."""

    encrypted_content: str
    stop_reason: str | None = None
    type: Literal["advisor_redacted_result"]
