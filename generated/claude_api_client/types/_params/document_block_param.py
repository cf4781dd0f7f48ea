# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict

from typing_extensions import NotRequired

from .cache_control_ephemeral_param import CacheControlEphemeralParam
from .citations_config_param import CitationsConfigParam
from .document_source_param import DocumentSourceParam


class DocumentBlockParam(TypedDict):
    """
    A document (PDF, plain text or custom content) sent to the model.
    """

    cache_control: NotRequired[CacheControlEphemeralParam | None]
    """
    Sets a prompt-cache breakpoint after this item.
    """
    citations: NotRequired[CitationsConfigParam | None]
    """
    Whether the model may cite this document.
    """
    context: NotRequired[str | None]
    """
    Background about the document that is not itself cited.
    """
    source: DocumentSourceParam
    """
    The document data or where to find it.
    """
    title: NotRequired[str | None]
    """
    Title of the document.
    """
    type: Literal["document"]
    """
    Always `document`.
    """
