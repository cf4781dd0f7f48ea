# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from .beta_completion_create_params_base import BetaCompletionCreateParamsBase


class BetaCompletionCreateParamsStreaming(BetaCompletionCreateParamsBase):
    """
    Body of a legacy text completion request. `stream` true: the response is a stream of events.
    """

    stream: Literal[True]
    """
    Stream the completion as server-sent events.
    """
