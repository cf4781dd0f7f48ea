# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_installation_setting_list_params`: the official path of these types."""

from __future__ import annotations

from .._params.installation_setting_list_params import (
    InstallationSettingListParams as BetaInstallationSettingListParams,
)

__all__ = [
    "BetaInstallationSettingListParams",
]
