# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class CannotSignOutSelfErrorDetails(APIModel):
    """The member the key acts for cannot sign themselves out."""

    error_code: Literal["cannot_sign_out_self"]
    """Always `cannot_sign_out_self`."""
