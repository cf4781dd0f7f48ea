# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.sessions.resource_list_params`: the official path of these types."""

from __future__ import annotations

from ..._params.resource_list_params import ResourceListParams as ResourceListParams

__all__ = [
    "ResourceListParams",
]
