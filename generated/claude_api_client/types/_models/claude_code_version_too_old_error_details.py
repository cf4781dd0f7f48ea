# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class ClaudeCodeVersionTooOldErrorDetails(APIModel):
    """The Claude Code client is older than the organisation allows."""

    error_code: Literal["claude_code_version_too_old"]
    """Always `claude_code_version_too_old`."""
