# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class CannotRemoveLastMemberErrorDetails(APIModel):
    """The last member of the organization cannot be removed."""

    error_code: Literal["cannot_remove_last_member"]
    """Always `cannot_remove_last_member`."""
