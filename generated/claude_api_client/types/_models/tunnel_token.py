# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class TunnelToken(APIModel):
    """The connector token that runs a tunnel; treat it as a secret."""

    type: Literal["tunnel_token"]
    """Always `tunnel_token`."""
    id: str
    """Identifies the current token value; changes on rotation."""
    tunnel_token: str
    """The connector token; a secret."""
