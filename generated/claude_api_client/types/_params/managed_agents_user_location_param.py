# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict

from typing_extensions import NotRequired


class ManagedAgentsUserLocationParam(TypedDict):
    """
    User location.
    """

    type: Literal["approximate"]
    """
    Always `approximate`.
    """
    city: NotRequired[str | None]
    """
    City.
    """
    region: NotRequired[str | None]
    """
    Region or state.
    """
    country: NotRequired[str | None]
    """
    Country, ISO 3166-1 alpha-2.
    """
    timezone: NotRequired[str | None]
    """
    IANA time zone the schedule is read in.
    """
