# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class ExternalKeyNotFoundErrorDetails(APIModel):
    """The organization has no active External Key with the ID given (the message names the field)."""

    error_code: Literal["external_key_not_found"]
    """Always `external_key_not_found`."""
