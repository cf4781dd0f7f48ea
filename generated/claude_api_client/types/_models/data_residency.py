# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .allowed_inference_geo import AllowedInferenceGeo
from .data_residency_default_inference_geo import DataResidencyDefaultInferenceGeo
from .data_residency_workspace_geo import DataResidencyWorkspaceGeo


class DataResidency(APIModel):
    """Where a workspace keeps its data and where its requests may be served."""

    allowed_inference_geos: list[AllowedInferenceGeo] | Literal["unrestricted"]
    """The places where the workspace's requests may run: a list, or `unrestricted`."""
    default_inference_geo: DataResidencyDefaultInferenceGeo
    """Where a request runs when it names no place itself."""
    workspace_geo: DataResidencyWorkspaceGeo
    """Where the workspace's data is stored; fixed when the workspace is created."""
