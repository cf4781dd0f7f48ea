# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.cloud_networking`: the official path of these types."""

from __future__ import annotations

from ._models.cloud_networking import CloudNetworking as CloudNetworking

__all__ = [
    "CloudNetworking",
]
