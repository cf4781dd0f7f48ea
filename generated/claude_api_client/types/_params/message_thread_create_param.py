# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict


class MessageThreadCreateParam(TypedDict):
    """
    Asks the server to hold this conversation's state under the response's `id`.
    """

    type: Literal["create"]
    """
    Always `create`.
    """
