# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict

from typing_extensions import NotRequired

from .city import City
from .country import Country
from .region import Region
from .timezone import Timezone


class UserLocationParam(TypedDict):
    """
    Approximate location of the user, for localised search results.
    """

    city: NotRequired[City | None]
    """
    City.
    """
    country: NotRequired[Country | None]
    """
    Two-letter ISO 3166-1 country code.
    """
    region: NotRequired[Region | None]
    """
    Region or state.
    """
    timezone: NotRequired[Timezone | None]
    """
    IANA time zone name.
    """
    type: Literal["approximate"]
    """
    Always `approximate`.
    """
