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
from .plugin_version_reach import PluginVersionReach


class PluginVersion(APIModel):
    """One uploaded version of a plugin."""

    id: str
    """ID of the version."""
    components: list[PluginComponent] | None = None
    """What the plugin provides."""
    content_scan: PluginContentScan | None = None
    """The result of scanning its content."""
    created_at: WireDateTime
    """When it was uploaded (RFC 3339)."""
    created_by: PluginActor | None = None
    """Who uploaded it."""
    description: str | None = None
    """What the plugin does, from this version's manifest."""
    display_name: str | None = None
    """The plugin's name as people see it, from this version."""
    manifest_version: str | None = None
    """The version its manifest declares."""
    plugin_id: str
    """ID of the plugin."""
    reach: PluginVersionReach | None = None
    """How far the plugin can reach: only its sandbox, the machine, or remote services."""
    release_notes: str | None = None
    """Notes given at upload."""
    type: Literal["plugin_version"]
    """Always `plugin_version`."""
