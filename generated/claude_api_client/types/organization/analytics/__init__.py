# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.organization.analytics`: types loaded on first use.

Each name is one of our classes, under the name the official package gives it.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..._params.artifact_list_params import ArtifactListParams as ArtifactListParams
    from ..._params.connector_list_params import ConnectorListParams as ConnectorListParams
    from ..._params.organization_analytics_plugin_list_params import (
        OrganizationAnalyticsPluginListParams as PluginListParams,
    )
    from ..._params.organization_analytics_skill_list_params import (
        OrganizationAnalyticsSkillListParams as SkillListParams,
    )
    from ..._params.organization_analytics_user_list_params import (
        OrganizationAnalyticsUserListParams as UserListParams,
    )
    from ..._params.summary_list_params import SummaryListParams as SummaryListParams

# Public name → (module relative to `claude_api_client.types`, our name for it).
_NAMES: dict[str, tuple[str, str]] = {
    "ArtifactListParams": ("_params.artifact_list_params", "ArtifactListParams"),
    "ConnectorListParams": ("_params.connector_list_params", "ConnectorListParams"),
    "PluginListParams": (
        "_params.organization_analytics_plugin_list_params",
        "OrganizationAnalyticsPluginListParams",
    ),
    "SkillListParams": (
        "_params.organization_analytics_skill_list_params",
        "OrganizationAnalyticsSkillListParams",
    ),
    "SummaryListParams": ("_params.summary_list_params", "SummaryListParams"),
    "UserListParams": (
        "_params.organization_analytics_user_list_params",
        "OrganizationAnalyticsUserListParams",
    ),
}

__all__ = [
    "ArtifactListParams",
    "ConnectorListParams",
    "PluginListParams",
    "SkillListParams",
    "SummaryListParams",
    "UserListParams",
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
