# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class WorkspaceAPIKeyLimitExceededErrorDetails(APIModel):
    """The workspace has as many API keys as it may have."""

    error_code: Literal["workspace_api_key_limit_exceeded"]
    """Always `workspace_api_key_limit_exceeded`."""
