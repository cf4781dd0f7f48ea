# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_data_residency_workspace_geo`: the official path of these types."""

from __future__ import annotations

from .._models.data_residency_workspace_geo import (
    DataResidencyWorkspaceGeo as BetaDataResidencyWorkspaceGeo,
)

__all__ = [
    "BetaDataResidencyWorkspaceGeo",
]
