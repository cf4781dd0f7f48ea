# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_cloud_networking_params`: the official path of these types."""

from __future__ import annotations

from .._params.cloud_networking_params import CloudNetworkingParams as BetaCloudNetworkingParams

__all__ = [
    "BetaCloudNetworkingParams",
]
