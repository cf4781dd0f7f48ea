# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict


class CitationCharLocationParam(TypedDict):
    """
    A citation of a character range in a plain-text document, as sent back.
    """

    cited_text: str
    """
    The passage being cited.
    """
    document_index: int
    """
    Position of the cited document among the documents in the request, from 0.
    """
    document_title: str | None
    """
    Title of the cited document, if it has one.
    """
    end_char_index: int
    """
    Character offset one past the end of the cited passage.
    """
    start_char_index: int
    """
    Character offset of the start of the cited passage, from 0.
    """
    type: Literal["char_location"]
    """
    Always `char_location`.
    """
