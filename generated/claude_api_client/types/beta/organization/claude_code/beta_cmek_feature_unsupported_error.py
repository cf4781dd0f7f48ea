# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.organization.claude_code.beta_cmek_feature_unsupported_error`: the official path of these types."""

from __future__ import annotations

from ....._error_classes import CMEKFeatureUnsupportedError as BetaCMEKFeatureUnsupportedError

__all__ = [
    "BetaCMEKFeatureUnsupportedError",
]
