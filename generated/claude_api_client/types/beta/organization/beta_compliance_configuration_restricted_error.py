# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.organization.beta_compliance_configuration_restricted_error`: the official path of these types."""

from __future__ import annotations

from ...._error_classes import (
    BetaComplianceConfigurationRestrictedError as BetaComplianceConfigurationRestrictedError,
)

__all__ = [
    "BetaComplianceConfigurationRestrictedError",
]
