# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class APIKeyRequesterUnconfirmedErrorDetails(APIModel):
    """The API could not confirm the request came from your organization, so it refused to change an API key; sending the same request again is safe."""

    error_code: Literal["api_key_requester_unconfirmed"]
    """Always `api_key_requester_unconfirmed`."""
