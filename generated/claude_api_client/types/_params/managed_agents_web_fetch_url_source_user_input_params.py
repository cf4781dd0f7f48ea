# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypeAlias

from .managed_agents_web_fetch_url_source_shorthand_param import (
    ManagedAgentsWebFetchURLSourceShorthandParam,
)
from .web_fetch_url_source_user_input_param import WebFetchURLSourceUserInputParam

ManagedAgentsWebFetchURLSourceUserInputParams: TypeAlias = (
    ManagedAgentsWebFetchURLSourceShorthandParam | WebFetchURLSourceUserInputParam
)
"""
Whether URLs in the text of user messages may be fetched, as the shorthand string or the object. A plain `anyOf`, not a discriminated union, because one member is a string; responses always hold the object.
"""
