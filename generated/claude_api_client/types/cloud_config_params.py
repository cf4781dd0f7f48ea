# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.cloud_config_params`: the official path of these types."""

from __future__ import annotations

from ._params.cloud_config_params import CloudConfigParams as CloudConfigParams

__all__ = [
    "CloudConfigParams",
]
