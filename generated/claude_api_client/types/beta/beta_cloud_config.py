# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_cloud_config`: the official path of these types."""

from __future__ import annotations

from .._models.cloud_config import CloudConfig as BetaCloudConfig
from .._models.cloud_networking import CloudNetworking as Networking

__all__ = [
    "BetaCloudConfig",
    "Networking",
]
