# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.installation_setting_list_params`: the official path of these types."""

from __future__ import annotations

from ._params.installation_setting_list_params import (
    InstallationSettingListParams as InstallationSettingListParams,
)

__all__ = [
    "InstallationSettingListParams",
]
