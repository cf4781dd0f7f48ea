# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypedDict

from .model_param import ModelParam


class FallbackHopInfoParam(TypedDict):
    """
    A model named in a fallback marker.
    """

    model: ModelParam
    """
    Model id.
    """
