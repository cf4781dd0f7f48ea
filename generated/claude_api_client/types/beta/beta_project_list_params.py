# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_project_list_params`: the official path of these types."""

from __future__ import annotations

from .._params.project_list_params import ProjectListParams as BetaProjectListParams

__all__ = [
    "BetaProjectListParams",
]
