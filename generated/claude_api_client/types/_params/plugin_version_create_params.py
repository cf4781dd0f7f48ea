# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Sequence
from typing import TypedDict

from typing_extensions import NotRequired


class PluginVersionCreateParams(TypedDict):
    """
    Multipart form that uploads a new version of a plugin.
    """

    files: Sequence[bytes]
    """
    The version's files, with their paths as file names.
    """
    release_notes: NotRequired[str]
    """
    Notes for this version.
    """
