# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict

from typing_extensions import NotRequired


class UserLocationParam(TypedDict):
    """
    Approximate location of the user, for localised search results.
    """

    city: NotRequired[str | None]
    """
    City.
    """
    country: NotRequired[str | None]
    """
    Two-letter ISO 3166-1 country code.
    """
    region: NotRequired[str | None]
    """
    Region or state.
    """
    timezone: NotRequired[str | None]
    """
    IANA time zone name.
    """
    type: Literal["approximate"]
    """
    Always `approximate`.
    """
