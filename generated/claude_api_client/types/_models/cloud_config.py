# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from claude_api_client._core._model_base import APIModel

from .limited_network import LimitedNetwork
from .packages import Packages
from .unrestricted_network import UnrestrictedNetwork


class CloudConfig(APIModel):
    """Run sessions in a container that Anthropic hosts."""

    networking: Annotated[UnrestrictedNetwork | LimitedNetwork, Field(discriminator="type")]
    """Outbound network policy of the container."""
    packages: Packages
    """Packages to install, per package manager."""
    type: Literal["cloud"]
    """Always `cloud`."""
