# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypeAlias

from .managed_agents_web_fetch_url_source_shorthand_param import (
    ManagedAgentsWebFetchURLSourceShorthandParam,
)
from .web_fetch_url_source_tool_filter_param import WebFetchURLSourceToolFilterParam

ManagedAgentsWebFetchURLSourceToolFilterParams: TypeAlias = (
    ManagedAgentsWebFetchURLSourceShorthandParam | WebFetchURLSourceToolFilterParam
)
"""
Which tools' results contribute URLs web fetch may fetch, as the shorthand string or an object told apart by `type`. A plain `anyOf`, not a discriminated union, because one member is a string; responses always hold the object.
"""
