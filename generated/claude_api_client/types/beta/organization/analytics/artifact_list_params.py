# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.organization.analytics.artifact_list_params`: the official path of these types."""

from __future__ import annotations

from ...._params.beta_artifact_list_params import BetaArtifactListParams as ArtifactListParams

__all__ = [
    "ArtifactListParams",
]
