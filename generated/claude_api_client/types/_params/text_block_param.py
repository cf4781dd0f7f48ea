# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal, TypedDict

from typing_extensions import NotRequired

from .cache_control_ephemeral_param import CacheControlEphemeralParam
from .text_citation_param import TextCitationParam


class TextBlockParam(TypedDict):
    """
    Text sent to the model.
    """

    cache_control: NotRequired[CacheControlEphemeralParam | None]
    """
    Sets a prompt-cache breakpoint after this item.
    """
    citations: NotRequired[Sequence[TextCitationParam] | None]
    """
    Citations supporting this text.
    """
    text: str
    """
    The text.
    """
    type: Literal["text"]
    """
    Always `text`.
    """
