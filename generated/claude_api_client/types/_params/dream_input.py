# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypeAlias

from .dream_memory_store_input import DreamMemoryStoreInput
from .dream_sessions_input import DreamSessionsInput

DreamInput: TypeAlias = DreamMemoryStoreInput | DreamSessionsInput
"""
One input of a dream, told apart by `type`.
"""
