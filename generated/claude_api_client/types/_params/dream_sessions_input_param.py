# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal, TypedDict


class DreamSessionsInputParam(TypedDict):
    """
    Session transcripts a dream reads.
    """

    type: Literal["sessions"]
    """
    Always `sessions`.
    """
    session_ids: Sequence[str]
    """
    IDs of the sessions whose transcripts to read.
    """
