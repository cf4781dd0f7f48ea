# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal, TypedDict

from typing_extensions import NotRequired


class LimitedNetworkParams(TypedDict):
    """
    Request shape of limited network.
    """

    allow_mcp_servers: NotRequired[bool | None]
    """
    Allow outbound traffic to the agent's MCP servers.
    """
    allow_package_managers: NotRequired[bool | None]
    """
    Allow outbound traffic to package registries.
    """
    allowed_hosts: NotRequired[Sequence[str] | None]
    """
    Hosts that may be reached.
    """
    type: Literal["limited"]
    """
    Always `limited`.
    """
