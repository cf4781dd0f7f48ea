# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from typing_extensions import NotRequired

from .completion_create_params_base import CompletionCreateParamsBase


class CompletionCreateParamsNonStreaming(CompletionCreateParamsBase):
    """
    Body of a legacy text completion request. `stream` false or absent.
    """

    stream: NotRequired[Literal[False]]
    """
    Stream the completion as server-sent events.
    """
