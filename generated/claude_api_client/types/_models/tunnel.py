# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel, WireDateTime


class Tunnel(APIModel):
    """A tunnel that routes MCP traffic to servers on a private network."""

    type: Literal["tunnel"]
    id: str
    domain: str
    display_name: str | None = None
    created_at: WireDateTime
    archived_at: WireDateTime | None = None
