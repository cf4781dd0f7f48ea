# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.environment_list_params`: the official path of these types."""

from __future__ import annotations

from .._params.environment_list_params import EnvironmentListParams as EnvironmentListParams

__all__ = [
    "EnvironmentListParams",
]
