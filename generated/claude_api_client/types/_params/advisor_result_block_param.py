# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict

from typing_extensions import NotRequired


class AdvisorResultBlockParam(TypedDict):
    """
    Advice from the advisor, as sent back.
    """

    stop_reason: NotRequired[str | None]
    """
    Why the advisor stopped; `max_tokens` means the advice was cut short.
    """
    text: str
    """
    The advice.
    """
    type: Literal["advisor_result"]
    """
    Always `advisor_result`.
    """
