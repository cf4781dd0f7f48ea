# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.container_params`: the official path of these types."""

from __future__ import annotations

from ._params.container_param import ContainerParam as ContainerParams

__all__ = [
    "ContainerParams",
]
