# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import (
    APIModel,
    WireDateTime,
)

from .plugin_actor import PluginActor
from .plugin_component import PluginComponent
from .plugin_content_scan import PluginContentScan
from .plugin_organization_installation_preference import (
    PluginOrganizationInstallationPreference,
)
from .plugin_owner import PluginOwner
from .plugin_reach import PluginReach


class Plugin(APIModel):
    """A Claude Code plugin available to the organization."""

    id: str
    """ID of the plugin."""
    components: list[PluginComponent] | None = None
    """What the plugin provides."""
    content_scan: PluginContentScan | None = None
    """The result of scanning its content."""
    created_at: WireDateTime
    """When it was created (RFC 3339)."""
    created_by: PluginActor | None = None
    """Who uploaded it."""
    description: str | None = None
    """What it does, from its manifest."""
    display_name: str | None = None
    """Its name as people see it."""
    latest_version_id: str
    """ID of its newest version."""
    manifest_version: str | None = None
    """The version its manifest declares."""
    marketplace_id: str
    """ID of the marketplace it belongs to."""
    name: str
    """Its name, unique in its marketplace."""
    organization_installation_preference: PluginOrganizationInstallationPreference | None = None
    """The organization-wide installation preference."""
    organization_installation_preference_inherited: bool | None = None
    """Whether that preference comes from the marketplace default."""
    owner: PluginOwner
    """Who owns it."""
    reach: PluginReach | None = None
    """How far the plugin can reach: only its sandbox, the machine, or remote services."""
    served_version_id: str
    """ID of the version members get."""
    served_version_pinned: bool
    """Whether the served version is pinned rather than following the latest."""
    type: Literal["plugin"]
    """Always `plugin`."""
    updated_at: WireDateTime
    """When it last changed (RFC 3339)."""
