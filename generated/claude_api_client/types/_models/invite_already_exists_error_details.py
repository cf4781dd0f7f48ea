# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class InviteAlreadyExistsErrorDetails(APIModel):
    """An invite for this email address is already pending."""

    error_code: Literal["invite_already_exists"]
    """Always `invite_already_exists`."""
