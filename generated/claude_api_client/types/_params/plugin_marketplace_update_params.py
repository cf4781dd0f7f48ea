# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict


class PluginMarketplaceUpdateParams(TypedDict):
    """
    Changes to a marketplace.
    """

    default_installation_preference: Literal[
        "auto_install", "available", "not_available", "required"
    ]
    """
    The installation preference its plugins get unless set otherwise.
    """
