# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict

from typing_extensions import NotRequired


class ServiceAccountUpdateParams(TypedDict):
    """
    Body that changes a service account; fields left out stay as they are.
    """

    description: NotRequired[str | None]
    """
    New description; null clears it.
    """
    organization_role: NotRequired[Literal["admin", "developer"] | None]
    """
    New organization role.
    """
