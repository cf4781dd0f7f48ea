# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypedDict


class ExternalStorageUpdateParams(TypedDict):
    """
    Body that changes an external storage registration.
    """

    display_name: str | None
    """
    Human-readable name.
    """
