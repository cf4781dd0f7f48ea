# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict

from typing_extensions import NotRequired


class AdvisorRedactedResultBlockParam(TypedDict):
    """
    Encrypted advice from the advisor, as sent back.
    """

    encrypted_content: str
    """
    Encrypted advice; send it back unchanged.
    """
    stop_reason: NotRequired[str | None]
    """
    Why the advisor stopped.
    """
    type: Literal["advisor_redacted_result"]
    """
    Always `advisor_redacted_result`.
    """
