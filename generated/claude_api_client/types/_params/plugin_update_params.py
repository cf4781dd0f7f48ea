# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypedDict


class PluginUpdateParams(TypedDict):
    """
    Changes to a plugin.
    """

    served_version_id: str
    """
    ID of the version members should get.
    """
