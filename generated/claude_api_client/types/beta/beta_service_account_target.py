# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_service_account_target`: the official path of these types."""

from __future__ import annotations

from .._models.service_account_target import ServiceAccountTarget as BetaServiceAccountTarget

__all__ = [
    "BetaServiceAccountTarget",
]
