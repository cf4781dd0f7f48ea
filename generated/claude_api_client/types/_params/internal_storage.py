# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict


class InternalStorage(TypedDict):
    """
    Internal Storage.
    """

    type: Literal["internal"]
    """
    Object type tag.
    """
