# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.web_fetch_url_sources_param`: the official path of these types."""

from __future__ import annotations

from ._params.web_fetch_url_source_tool_filter_param import (
    WebFetchURLSourceToolFilterParam as ClientToolResults,
)
from ._params.web_fetch_url_source_tool_filter_param import (
    WebFetchURLSourceToolFilterParam as ServerToolResults,
)
from ._params.web_fetch_url_source_user_input_param import (
    WebFetchURLSourceUserInputParam as UserInput,
)
from ._params.web_fetch_url_sources_param import WebFetchURLSourcesParam as WebFetchURLSourcesParam

__all__ = [
    "ClientToolResults",
    "ServerToolResults",
    "UserInput",
    "WebFetchURLSourcesParam",
]
