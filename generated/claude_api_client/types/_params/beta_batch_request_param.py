# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypedDict

from .beta_message_create_params_non_streaming import (
    BetaMessageCreateParamsNonStreaming,
)


class BetaBatchRequestParam(TypedDict):
    """
    One Messages request inside a batch, with the ID you will find its result by.
    """

    custom_id: str
    """
    Your own ID for this request, unique within the batch; results carry it back.
    """
    params: BetaMessageCreateParamsNonStreaming
    """
    The body of the Messages request, exactly as `POST /v1/messages` takes it (without streaming).
    """
