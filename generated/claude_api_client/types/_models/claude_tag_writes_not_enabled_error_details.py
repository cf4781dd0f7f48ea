# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class ClaudeTagWritesNotEnabledErrorDetails(APIModel):
    """Changing Claude in Slack through the API is not enabled for the organization."""

    error_code: Literal["claude_tag_writes_not_enabled"]
    """Always `claude_tag_writes_not_enabled`."""
