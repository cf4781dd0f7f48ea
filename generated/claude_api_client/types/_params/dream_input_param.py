# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypeAlias

from .dream_memory_store_input_param import DreamMemoryStoreInputParam
from .dream_sessions_input_param import DreamSessionsInputParam

DreamInputParam: TypeAlias = DreamMemoryStoreInputParam | DreamSessionsInputParam
"""
One input of a dream, told apart by `type`.
"""
