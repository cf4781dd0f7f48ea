# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_cloud_config_params`: the official path of these types."""

from __future__ import annotations

from .._params.cloud_config_params import CloudConfigParams as BetaCloudConfigParams
from .._params.cloud_networking_params import CloudNetworkingParams as Networking

__all__ = [
    "BetaCloudConfigParams",
    "Networking",
]
