# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypedDict

from typing_extensions import NotRequired


class DiagnosticsParam(TypedDict):
    """
    Request for prompt-cache diagnostics.
    """

    previous_message_id: NotRequired[str | None]
    """
    Id of an earlier message whose prompt this request is compared with.
    """
