# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Mapping
from typing import TypedDict


class SelfHostedWorkUpdateRequestParam(TypedDict):
    """
    Request body that changes a work item's metadata.
    """

    metadata: Mapping[str, str | None]
    """
    Your own key-value labels on the self hosted work.
    """
