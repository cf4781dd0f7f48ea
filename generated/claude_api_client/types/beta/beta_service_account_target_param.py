# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_service_account_target_param`: the official path of these types."""

from __future__ import annotations

from .._params.service_account_target_param import (
    ServiceAccountTargetParam as BetaServiceAccountTargetParam,
)

__all__ = [
    "BetaServiceAccountTargetParam",
]
