# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Mapping
from typing import TypedDict

from typing_extensions import NotRequired


class VaultCreateParams(TypedDict):
    """
    Body that creates a vault.
    """

    display_name: str
    """
    Name for people to read.
    """
    metadata: NotRequired[Mapping[str, str]]
    """
    Your own key-value labels (up to 16 pairs).
    """
