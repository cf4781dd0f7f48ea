# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal, TypedDict

from typing_extensions import NotRequired

from .allowed_inference_geo_param import AllowedInferenceGeoParam


class DataResidencyCreateConfigParam(TypedDict):
    """
    Data residency of a new workspace; every field has a default.
    """

    allowed_inference_geos: NotRequired[
        Sequence[AllowedInferenceGeoParam] | Literal["unrestricted"] | None
    ]
    """
    Where requests may run: a list of places, or `unrestricted` (the default).
    """
    default_inference_geo: NotRequired[Literal["global", "us"] | None]
    """
    Where a request runs when it names no place (default `global`); must be one of the allowed places.
    """
    workspace_geo: NotRequired[Literal["us"] | None]
    """
    Where the workspace's data is stored (default `us`); cannot change later.
    """
