# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypedDict


class PluginMarketplaceValidateArchiveParams(TypedDict):
    """
    Multipart form holding a marketplace archive to check.
    """

    archive: bytes
    """
    The marketplace as a zip archive.
    """
