# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.service_account_create_params`: the official path of these types."""

from __future__ import annotations

from ._params.service_account_create_params import (
    ServiceAccountCreateParams as ServiceAccountCreateParams,
)

__all__ = [
    "ServiceAccountCreateParams",
]
