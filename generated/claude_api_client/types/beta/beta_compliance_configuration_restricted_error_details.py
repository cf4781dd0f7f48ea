# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_compliance_configuration_restricted_error_details`: the official path of these types."""

from __future__ import annotations

from .._models.compliance_configuration_restricted_error_details import (
    ComplianceConfigurationRestrictedErrorDetails as BetaComplianceConfigurationRestrictedErrorDetails,
)

__all__ = [
    "BetaComplianceConfigurationRestrictedErrorDetails",
]
