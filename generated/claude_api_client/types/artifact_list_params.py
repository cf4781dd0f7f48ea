# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.artifact_list_params`: the official path of these types."""

from __future__ import annotations

from ._params.artifact_list_params import ArtifactListParams as ArtifactListParams

__all__ = [
    "ArtifactListParams",
]
