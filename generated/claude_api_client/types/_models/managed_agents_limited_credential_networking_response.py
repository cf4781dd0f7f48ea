# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class ManagedAgentsLimitedCredentialNetworkingResponse(APIModel):
    """The secret goes only to the listed hosts."""

    type: Literal["limited"]
    """Always `limited`."""
    allowed_hosts: list[str]
    """Hosts allowed to receive the secret."""
