# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypedDict


class ExternalStorageUpdateParams(TypedDict):
    """
    Request body of `organization.external_storage.update`.
    """

    display_name: str | None
    """
    Human-readable name.
    """
