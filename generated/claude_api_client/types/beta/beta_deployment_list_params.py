# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_deployment_list_params`: the official path of these types."""

from __future__ import annotations

from .._params.deployment_list_params import DeploymentListParams as BetaDeploymentListParams

__all__ = [
    "BetaDeploymentListParams",
]
