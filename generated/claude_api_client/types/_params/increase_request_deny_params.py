# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypedDict

from typing_extensions import NotRequired


class IncreaseRequestDenyParams(TypedDict):
    """
    Body that denies a request.
    """

    suppress_notification: NotRequired[bool]
    """
    Do not tell the requester.
    """
    workspace_id: NotRequired[str]
    """
    The Workspace the request acts in (`wrkspc_…`); needed only by credentials that can act in more than one Workspace, and must match a Workspace-bound credential's own.
    """
