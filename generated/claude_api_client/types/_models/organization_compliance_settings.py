# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .access_transparency import AccessTransparency
from .compliance_settings_state import ComplianceSettingsState


class OrganizationComplianceSettings(APIModel):
    """The organization's compliance settings."""

    state: ComplianceSettingsState
    """Whether compliance features are on."""
    type: Literal["compliance_settings"]
    """Always `compliance_settings`."""
    access_transparency: AccessTransparency | None = None
    """Whether Access Transparency is on for the organization (read only; sent only under the beta, when available)."""
