# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class ComplianceConfigurationRestrictedErrorDetails(APIModel):
    """The organization's compliance settings do not allow this."""

    error_code: Literal["compliance_configuration_restricted"]
    """Always `compliance_configuration_restricted`."""
