# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeAlias

from .browser_state_change_param import BrowserStateChangeParam

StateChanges: TypeAlias = Sequence[BrowserStateChangeParam]
"""
Tabs opened and download progress during the call; absent when nothing happened.
"""
