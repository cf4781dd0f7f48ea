# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.sessions.resource_add_params`: the official path of these types."""

from __future__ import annotations

from ..._params.resource_add_params import ResourceAddParams as ResourceAddParams

__all__ = [
    "ResourceAddParams",
]
