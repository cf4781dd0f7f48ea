# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class AuthorizationCheckUnavailableErrorDetails(APIModel):
    """One of the organization's approvals could not be read just now, so nothing was done; retry after `Retry-After`."""

    error_code: Literal["authorization_check_unavailable"]
    """Always `authorization_check_unavailable`."""
