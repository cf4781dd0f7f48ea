# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict

from typing_extensions import NotRequired


class LimitedNetworkParams(TypedDict):
    """
    Request shape of limited network.
    """

    allow_mcp_servers: NotRequired[bool | None]
    """
    Allow mcp servers.
    """
    allow_package_managers: NotRequired[bool | None]
    """
    Allow package managers.
    """
    allowed_hosts: NotRequired[list[str] | None]
    """
    Allowed hosts.
    """
    type: Literal["limited"]
    """
    Object type tag.
    """
