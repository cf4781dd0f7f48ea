# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Sequence
from typing import TypedDict

from typing_extensions import NotRequired


class PluginCreateParams(TypedDict):
    """
    Multipart form that uploads a new plugin from the files of its first version.
    """

    files: Sequence[bytes]
    """
    The plugin's files, with their paths as file names.
    """
    marketplace_id: NotRequired[str]
    """
    ID of the marketplace to add it to; the organization's own by default.
    """
    release_notes: NotRequired[str]
    """
    Notes for the first version.
    """
