# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypedDict

from typing_extensions import NotRequired


class ClaudeTagBundleUpdateParams(TypedDict):
    """
    Changes to a bundle.
    """

    instructions: NotRequired[str | None]
    """
    The new instructions; null clears them.
    """
