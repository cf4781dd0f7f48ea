# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_cmek_feature_unsupported_error_details`: the official path of these types."""

from __future__ import annotations

from .._models.cmek_feature_unsupported_error_details import (
    CMEKFeatureUnsupportedErrorDetails as BetaCMEKFeatureUnsupportedErrorDetails,
)

__all__ = [
    "BetaCMEKFeatureUnsupportedErrorDetails",
]
