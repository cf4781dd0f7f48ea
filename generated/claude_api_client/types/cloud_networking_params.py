# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.cloud_networking_params`: the official path of these types."""

from __future__ import annotations

from ._params.cloud_networking_params import CloudNetworkingParams as CloudNetworkingParams

__all__ = [
    "CloudNetworkingParams",
]
