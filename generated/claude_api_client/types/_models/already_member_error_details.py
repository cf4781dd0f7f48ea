# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class AlreadyMemberErrorDetails(APIModel):
    """The user is already a member of the organization."""

    error_code: Literal["already_member"]
    """Always `already_member`."""
