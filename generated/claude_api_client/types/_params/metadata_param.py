# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypedDict

from typing_extensions import NotRequired


class MetadataParam(TypedDict):
    """
    Information about the request.
    """

    user_id: NotRequired[str | None]
    """
    Opaque id of the end user (a uuid or hash, never personal data).
    """
