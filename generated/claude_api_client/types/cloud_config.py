# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.cloud_config`: the official path of these types."""

from __future__ import annotations

from ._models.cloud_config import CloudConfig as CloudConfig

__all__ = [
    "CloudConfig",
]
