# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class CannotSignOutPrimaryOwnerErrorDetails(APIModel):
    """The organization's primary owner cannot be signed out."""

    error_code: Literal["cannot_sign_out_primary_owner"]
    """Always `cannot_sign_out_primary_owner`."""
