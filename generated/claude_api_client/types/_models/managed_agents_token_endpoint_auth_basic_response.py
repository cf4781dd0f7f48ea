# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class ManagedAgentsTokenEndpointAuthBasicResponse(APIModel):
    """The token endpoint uses HTTP Basic client credentials (secret withheld)."""

    type: Literal["client_secret_basic"]
    """Always `client_secret_basic`."""
