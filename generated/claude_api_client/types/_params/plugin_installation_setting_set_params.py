# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict


class PluginInstallationSettingSetParams(TypedDict):
    """
    The installation preference to set.
    """

    installation_preference: Literal["auto_install", "available", "not_available", "required"]
    """
    Installed for them, offered, hidden, or required.
    """
