# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypedDict

from typing_extensions import NotRequired


class SelfHostedWorkStopRequestParam(TypedDict):
    """
    Request body that asks a work item to stop.
    """

    force: NotRequired[bool]
    """
    Stop at once instead of asking the worker to wind down.
    """
