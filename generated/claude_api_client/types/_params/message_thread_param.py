# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypeAlias

from .message_thread_continue_param import MessageThreadContinueParam
from .message_thread_create_param import MessageThreadCreateParam

MessageThreadParam: TypeAlias = MessageThreadCreateParam | MessageThreadContinueParam
"""
Server-held conversation state, told apart by `type`.
"""
