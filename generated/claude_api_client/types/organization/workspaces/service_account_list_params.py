# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.organization.workspaces.service_account_list_params`: the official path of these types."""

from __future__ import annotations

from ..._params.service_account_list_params import (
    ServiceAccountListParams as ServiceAccountListParams,
)

__all__ = [
    "ServiceAccountListParams",
]
