# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypedDict


class SelfHostedWorkUpdateRequest(TypedDict):
    """
    Request body that changes a work item's metadata.
    """

    metadata: dict[str, str | None]
    """
    Your own key-value labels.
    """
