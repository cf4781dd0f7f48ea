# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypeAlias

from .thinking_config_adaptive_param import ThinkingConfigAdaptiveParam
from .thinking_config_between_tools_param import ThinkingConfigBetweenToolsParam
from .thinking_config_disabled_param import ThinkingConfigDisabledParam
from .thinking_config_enabled_param import ThinkingConfigEnabledParam

ThinkingConfigParam: TypeAlias = (
    ThinkingConfigEnabledParam
    | ThinkingConfigDisabledParam
    | ThinkingConfigAdaptiveParam
    | ThinkingConfigBetweenToolsParam
)
"""
Extended-thinking configuration, told apart by `type`.
"""
