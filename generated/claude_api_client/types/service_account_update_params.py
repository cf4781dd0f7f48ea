# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.service_account_update_params`: the official path of these types."""

from __future__ import annotations

from ._params.service_account_update_params import (
    ServiceAccountUpdateParams as ServiceAccountUpdateParams,
)

__all__ = [
    "ServiceAccountUpdateParams",
]
