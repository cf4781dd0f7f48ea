# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from typing_extensions import NotRequired

from .beta_message_create_params_base import BetaMessageCreateParamsBase


class BetaMessageCreateParamsNonStreaming(BetaMessageCreateParamsBase):
    """
    Body of a request that creates a message. `stream` false or absent.
    """

    stream: NotRequired[Literal[False]]
    """
    Stream the reply as server-sent events.
    """
