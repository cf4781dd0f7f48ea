# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal, TypedDict

from typing_extensions import NotRequired

from .cache_control_ephemeral_param import CacheControlEphemeralParam
from .citations_config_param import CitationsConfigParam
from .text_block_param import TextBlockParam


class SearchResultBlockParam(TypedDict):
    """
    A search result the caller supplies, which the model can cite.
    """

    cache_control: NotRequired[CacheControlEphemeralParam | None]
    """
    Sets a prompt-cache breakpoint after this item.
    """
    citations: NotRequired[CitationsConfigParam]
    """
    Whether the model may cite this result.
    """
    content: Sequence[TextBlockParam]
    """
    Text of the search result.
    """
    source: str
    """
    Where the result comes from, such as a URL.
    """
    title: str
    """
    Title of the search result.
    """
    type: Literal["search_result"]
    """
    Always `search_result`.
    """
