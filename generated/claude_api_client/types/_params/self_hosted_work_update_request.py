# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypedDict


class SelfHostedWorkUpdateRequest(TypedDict):
    """
    Self hosted work update request.
    """

    metadata: dict[str, str | None]
    """
    Your own key-value labels.
    """
