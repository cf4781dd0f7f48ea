# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class ManagedAgentsTokenEndpointAuthPostResponse(APIModel):
    """The token endpoint takes client credentials in the form body (secret withheld)."""

    type: Literal["client_secret_post"]
    """Always `client_secret_post`."""
