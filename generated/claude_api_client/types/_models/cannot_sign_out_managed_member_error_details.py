# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class CannotSignOutManagedMemberErrorDetails(APIModel):
    """The member's account is managed elsewhere and cannot be signed out here."""

    error_code: Literal["cannot_sign_out_managed_member"]
    """Always `cannot_sign_out_managed_member`."""
