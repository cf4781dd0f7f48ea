# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.organization.plugins.version_list_params`: the official path of these types."""

from __future__ import annotations

from ...._params.organization_plugins_version_list_params import (
    OrganizationPluginsVersionListParams as VersionListParams,
)

__all__ = [
    "VersionListParams",
]
