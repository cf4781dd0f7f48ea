# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypeAlias

from .citation_char_location_param import CitationCharLocationParam
from .citation_content_block_location_param import CitationContentBlockLocationParam
from .citation_page_location_param import CitationPageLocationParam
from .citation_search_result_location_param import CitationSearchResultLocationParam
from .citation_web_search_result_location_param import (
    CitationWebSearchResultLocationParam,
)

TextCitationParam: TypeAlias = (
    CitationCharLocationParam
    | CitationPageLocationParam
    | CitationContentBlockLocationParam
    | CitationWebSearchResultLocationParam
    | CitationSearchResultLocationParam
)
"""
A citation on a text block that the caller sends back in a request.
"""
