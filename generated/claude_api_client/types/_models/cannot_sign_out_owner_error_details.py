# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class CannotSignOutOwnerErrorDetails(APIModel):
    """An owner cannot be signed out by this caller."""

    error_code: Literal["cannot_sign_out_owner"]
    """Always `cannot_sign_out_owner`."""
