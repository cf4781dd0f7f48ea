# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.deployment_run_list_params`: the official path of these types."""

from __future__ import annotations

from .._params.deployment_run_list_params import DeploymentRunListParams as DeploymentRunListParams

__all__ = [
    "DeploymentRunListParams",
]
