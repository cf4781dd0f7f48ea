# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class LimitedNetwork(APIModel):
    """Outbound network restricted to listed hosts."""

    allow_mcp_servers: bool
    allow_package_managers: bool
    allowed_hosts: list[str]
    type: Literal["limited"]
