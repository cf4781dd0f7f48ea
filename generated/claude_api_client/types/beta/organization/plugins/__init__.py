# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.organization.plugins`: types loaded on first use.

Each name is one of our classes, under the name the official package gives it.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ...._models.deleted_plugin_installation_setting import (
        DeletedPluginInstallationSetting as BetaDeletedPluginInstallationSetting,
    )
    from ...._models.plugin_installation_setting import (
        PluginInstallationSetting as BetaPluginInstallationSetting,
    )
    from ...._models.plugin_share import PluginShare as BetaPluginShare
    from ...._models.plugin_version import PluginVersion as BetaPluginVersion
    from ...._params.installation_setting_list_params import (
        InstallationSettingListParams as InstallationSettingListParams,
    )
    from ...._params.organization_plugins_version_list_params import (
        OrganizationPluginsVersionListParams as VersionListParams,
    )
    from ...._params.plugin_installation_setting_set_params import (
        PluginInstallationSettingSetParams as InstallationSettingSetParams,
    )
    from ...._params.plugin_version_create_params import (
        PluginVersionCreateParams as VersionCreateParams,
    )
    from ...._params.share_list_params import ShareListParams as ShareListParams
    from ...._params.version_download_params import VersionDownloadParams as VersionDownloadParams
    from ...._params.version_retrieve_params import VersionRetrieveParams as VersionRetrieveParams

# Public name → (module relative to `claude_api_client.types`, our name for it).
_NAMES: dict[str, tuple[str, str]] = {
    "BetaDeletedPluginInstallationSetting": (
        "_models.deleted_plugin_installation_setting",
        "DeletedPluginInstallationSetting",
    ),
    "BetaPluginInstallationSetting": (
        "_models.plugin_installation_setting",
        "PluginInstallationSetting",
    ),
    "BetaPluginShare": ("_models.plugin_share", "PluginShare"),
    "BetaPluginVersion": ("_models.plugin_version", "PluginVersion"),
    "InstallationSettingListParams": (
        "_params.installation_setting_list_params",
        "InstallationSettingListParams",
    ),
    "InstallationSettingSetParams": (
        "_params.plugin_installation_setting_set_params",
        "PluginInstallationSettingSetParams",
    ),
    "ShareListParams": ("_params.share_list_params", "ShareListParams"),
    "VersionCreateParams": ("_params.plugin_version_create_params", "PluginVersionCreateParams"),
    "VersionDownloadParams": ("_params.version_download_params", "VersionDownloadParams"),
    "VersionListParams": (
        "_params.organization_plugins_version_list_params",
        "OrganizationPluginsVersionListParams",
    ),
    "VersionRetrieveParams": ("_params.version_retrieve_params", "VersionRetrieveParams"),
}

__all__ = [
    "BetaDeletedPluginInstallationSetting",
    "BetaPluginInstallationSetting",
    "BetaPluginShare",
    "BetaPluginVersion",
    "InstallationSettingListParams",
    "InstallationSettingSetParams",
    "ShareListParams",
    "VersionCreateParams",
    "VersionDownloadParams",
    "VersionListParams",
    "VersionRetrieveParams",
]


def __getattr__(name: str) -> Any:
    target = _NAMES.get(name)
    if target is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{target[0]}", "claude_api_client.types"), target[1])
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__
