# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class LimitedNetwork(APIModel):
    """Outbound network restricted to listed hosts."""

    allow_mcp_servers: bool
    """Allow outbound traffic to the agent's MCP servers."""
    allow_package_managers: bool
    """Allow outbound traffic to package registries."""
    allowed_hosts: list[str]
    """Hosts that may be reached."""
    type: Literal["limited"]
    """Always `limited`."""
