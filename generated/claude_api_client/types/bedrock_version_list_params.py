# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.bedrock_version_list_params`: the official path of these types."""

from __future__ import annotations

from ._params.bedrock_version_list_params import (
    BedrockVersionListParams as BedrockVersionListParams,
)

__all__ = [
    "BedrockVersionListParams",
]
