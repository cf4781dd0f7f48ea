# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Any, Literal, TypedDict

from typing_extensions import NotRequired

from .fallback_hop_info_param import FallbackHopInfoParam

FallbackBlockParam = TypedDict(
    "FallbackBlockParam",
    {
        "from": FallbackHopInfoParam,
        "to": FallbackHopInfoParam,
        "trigger": NotRequired[Any],
        "type": Literal["fallback"],
    },
)
