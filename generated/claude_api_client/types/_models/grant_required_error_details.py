# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class GrantRequiredErrorDetails(APIModel):
    """The change needs an access grant that has not been given."""

    error_code: Literal["grant_required"]
    """Always `grant_required`."""
