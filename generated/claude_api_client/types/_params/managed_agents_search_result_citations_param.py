# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypedDict


class ManagedAgentsSearchResultCitationsParam(TypedDict):
    """
    Search result citations.
    """

    enabled: bool
    """
    Whether the search result citations is on.
    """
