# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypedDict

from typing_extensions import NotRequired

from .managed_agents_web_fetch_url_source_tool_filter_params import (
    ManagedAgentsWebFetchURLSourceToolFilterParams,
)
from .managed_agents_web_fetch_url_source_user_input_params import (
    ManagedAgentsWebFetchURLSourceUserInputParams,
)


class ManagedAgentsWebFetchURLSourcesParams(TypedDict):
    """
    Which sources contribute the URLs a managed agent's web fetch may fetch, when it may only fetch URLs the conversation has already shown (user messages, custom tool results, earlier web search or web fetch results). Each key narrows one source and defaults to `all`; all three `none` is refused.
    """

    client_tool_results: NotRequired[ManagedAgentsWebFetchURLSourceToolFilterParams | None]
    """
    Which custom tools' results contribute URLs; names in `only` / `except` are custom tools of the same `tools` list.
    """
    server_tool_results: NotRequired[ManagedAgentsWebFetchURLSourceToolFilterParams | None]
    """
    Which server tools' results contribute URLs; names in `only` / `except` are `web_search` or `web_fetch`.
    """
    user_input: NotRequired[ManagedAgentsWebFetchURLSourceUserInputParams | None]
    """
    Whether URLs in the text of user messages may be fetched (`all`, the default, or `none`).
    """
