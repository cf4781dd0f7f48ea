# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypedDict

from typing_extensions import NotRequired

from .web_fetch_url_source_tool_filter_param import WebFetchURLSourceToolFilterParam
from .web_fetch_url_source_user_input_param import WebFetchURLSourceUserInputParam


class WebFetchURLSourcesParam(TypedDict):
    """
    Where the URLs web fetch may fetch can come from; a key left out means every source of that kind.
    """

    client_tool_results: NotRequired[WebFetchURLSourceToolFilterParam]
    """
    Which client tools' results contribute URLs.
    """
    server_tool_results: NotRequired[WebFetchURLSourceToolFilterParam]
    """
    Which server tools' results contribute URLs (only web search and web fetch results ever do).
    """
    user_input: NotRequired[WebFetchURLSourceUserInputParam]
    """
    Whether URLs in user messages are fetchable.
    """
