# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .cloud_networking import CloudNetworking
from .packages import Packages


class CloudConfig(APIModel):
    """Run sessions in a container that Anthropic hosts."""

    networking: CloudNetworking
    """Outbound network policy of the container."""
    packages: Packages
    """Packages to install, per package manager."""
    type: Literal["cloud"]
    """Always `cloud`."""
