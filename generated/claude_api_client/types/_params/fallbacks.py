# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeAlias

from .fallback_config_param import FallbackConfigParam

Fallbacks: TypeAlias = Sequence[FallbackConfigParam]
"""
Models to retry on when the requested one declines for policy reasons, or `default`.
"""
