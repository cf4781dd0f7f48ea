# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.agents_version_list_params`: the official path of these types."""

from __future__ import annotations

from ._params.agents_version_list_params import AgentsVersionListParams as AgentsVersionListParams

__all__ = [
    "AgentsVersionListParams",
]
