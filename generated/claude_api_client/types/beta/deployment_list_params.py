# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.deployment_list_params`: the official path of these types."""

from __future__ import annotations

from .._params.deployment_list_params import DeploymentListParams as DeploymentListParams

__all__ = [
    "DeploymentListParams",
]
