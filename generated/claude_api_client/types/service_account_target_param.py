# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.service_account_target_param`: the official path of these types."""

from __future__ import annotations

from ._params.service_account_target_param import (
    ServiceAccountTargetParam as ServiceAccountTargetParam,
)

__all__ = [
    "ServiceAccountTargetParam",
]
