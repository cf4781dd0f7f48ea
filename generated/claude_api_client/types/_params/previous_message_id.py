# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypeAlias

PreviousMessageId: TypeAlias = str
"""
Id of an earlier message whose prompt this request is compared with.
"""
