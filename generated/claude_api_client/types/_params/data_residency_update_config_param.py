# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal, TypedDict

from typing_extensions import NotRequired

from .allowed_inference_geo_param import AllowedInferenceGeoParam


class DataResidencyUpdateConfigParam(TypedDict):
    """
    Changes to a workspace's data residency.
    """

    allowed_inference_geos: NotRequired[
        Sequence[AllowedInferenceGeoParam] | Literal["unrestricted"] | None
    ]
    """
    Where requests may run: a list of places, or `unrestricted`.
    """
    default_inference_geo: NotRequired[Literal["global", "us"] | None]
    """
    Where a request runs when it names no place; must be one of the allowed places.
    """
