# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.service_account_workspace_add_params`: the official path of these types."""

from __future__ import annotations

from ._params.service_account_workspace_add_params import (
    ServiceAccountWorkspaceAddParams as ServiceAccountWorkspaceAddParams,
)

__all__ = [
    "ServiceAccountWorkspaceAddParams",
]
