# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class GCPProjectNotVerifiedErrorDetails(APIModel):
    """The organization has not proved it owns the Google Cloud project holding the key or bucket (the message names the field)."""

    error_code: Literal["gcp_project_not_verified"]
    """Always `gcp_project_not_verified`."""
