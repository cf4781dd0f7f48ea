"""The events ``messages.stream()`` adds to the raw ones, under the official package's names.

Plain slotted classes (no validation per event) that compare by value; snapshots, blocks and the
message are built on first access. Which event follows or replaces which raw event, and why the
snapshots cost nothing until read: docs/internals.md, "`_core/_stream_events.py`". This module
knows no generated model: message, block and citation types are type parameters.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any, ClassVar, Generic, Literal, Protocol, TypeAlias, TypeVar

M = TypeVar("M")
B = TypeVar("B")
C = TypeVar("C")
V = TypeVar("V")


class _Block(Protocol):
    """What a snapshot reads from the block the message stream accumulates
    (`lib/_message_stream._Block`): its pieces joined, its input parsed so far, or its text
    parsed as partial JSON."""

    def joined(self, key: str) -> str: ...

    def partial_input(self, size: int) -> object: ...

    def parsed_text(self, size: int) -> object: ...


def _plain(value: object, options: dict[str, Any]) -> object:
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        return to_dict(**options)
    if isinstance(value, list):
        return [_plain(item, options) for item in value]
    return value


class _Event:
    """What every synthetic event shares: value equality, a repr, plain data."""

    __slots__ = ()
    type: str
    _fields: tuple[str, ...] = ()
    # The stop events take the place of their raw event; the others follow theirs.
    _replaces: ClassVar[bool] = False

    def to_dict(self, **options: Any) -> dict[str, Any]:
        """The event as plain data (snapshots included, built now); `options` (`mode`,
        `exclude_unset` …) are the models' `to_dict` options, applied to the models it holds."""
        return {"type": self.type, **{f: _plain(getattr(self, f), options) for f in self._fields}}

    def to_json(self, *, indent: int | None = 2, **options: Any) -> str:
        """The event as JSON text (the models it holds as `to_dict(mode="json")` gives them)."""
        return json.dumps(self.to_dict(**options, mode="json"), indent=indent)

    def model_dump(self, *, mode: str = "python", **_: Any) -> dict[str, Any]:
        """``to_dict(mode=mode)`` (for code written against pydantic events)."""
        return self.to_dict(mode=mode)

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in self._fields)

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        fields = ", ".join(f"{f}={getattr(self, f)!r}" for f in self._fields)
        return f"{type(self).__name__}(type={self.type!r}, {fields})"


class _Piece(_Event):
    """A piece added to a text or thinking block; ``snapshot`` is the block's `_key` so far."""

    __slots__ = ("_block", "_size")
    _block: _Block
    _size: int
    _key: ClassVar[str]
    _fields = ("text", "snapshot")

    @property
    def snapshot(self) -> str:
        """The block's text (or thinking) up to and including this piece."""
        return self._block.joined(self._key)[: self._size]


class TextEvent(_Piece):
    """Text added to a text block: ``text`` is the new piece, ``snapshot`` the block's text so far."""

    __slots__ = ("text",)
    type: Literal["text"] = "text"
    _key = "text"

    def __init__(self, text: str, block: _Block, size: int) -> None:
        self.text = text
        self._block = block
        self._size = size

    def parsed_snapshot(self) -> dict[str, Any]:
        """The snapshot read as partial JSON (for text that is a JSON document being written)."""
        value = self._block.parsed_text(self._size)
        if not isinstance(value, dict):
            raise ValueError("the text so far is not a JSON object")
        return value


class ThinkingEvent(_Piece):
    """Thinking added to a thinking block: the new piece and the block's thinking so far."""

    __slots__ = ("thinking",)
    type: Literal["thinking"] = "thinking"
    _key = "thinking"
    _fields = ("thinking", "snapshot")

    def __init__(self, thinking: str, block: _Block, size: int) -> None:
        self.thinking = thinking
        self._block = block
        self._size = size


class SignatureEvent(_Event):
    """The signature of a thinking block arrived."""

    __slots__ = ("signature",)
    type: Literal["signature"] = "signature"
    _fields = ("signature",)

    def __init__(self, signature: str) -> None:
        self.signature = signature


class InputJsonEvent(_Event):
    """A piece of a tool call's input: ``partial_json``, and ``snapshot``, the input parsed so far."""

    __slots__ = ("_block", "_size", "_snapshot", "partial_json")
    type: Literal["input_json"] = "input_json"
    _fields = ("partial_json", "snapshot")

    _block: _Block | None

    def __init__(self, partial_json: str, block: _Block, size: int) -> None:
        self.partial_json = partial_json
        self._block = block
        self._size = size

    @property
    def snapshot(self) -> object:
        """The input as far as it has arrived (open strings, lists and objects closed); parsed
        on first access, from where the previous piece's snapshot left off."""
        block = self._block
        if block is not None:
            self._snapshot = block.partial_input(self._size)
            self._block = None
        return self._snapshot


class CitationEvent(_Event, Generic[C]):
    """A citation added to a text block: the new one and the block's citations so far."""

    __slots__ = ("citation", "snapshot")
    type: Literal["citation"] = "citation"
    _fields = ("citation", "snapshot")

    def __init__(self, citation: C, snapshot: list[C]) -> None:
        self.citation = citation
        self.snapshot = snapshot


class CompactionEvent(_Event):
    """A compaction block's content arrived (beta)."""

    __slots__ = ("content", "encrypted_content")
    type: Literal["compaction"] = "compaction"
    _fields = ("content", "encrypted_content")

    def __init__(self, content: str | None, encrypted_content: str | None) -> None:
        self.content = content
        self.encrypted_content = encrypted_content


class _Built(_Event, Generic[V]):
    """An event whose value is built on first access (a finished block or message no longer
    changes); it takes the place of its raw event."""

    __slots__ = ("_build", "_built")
    _replaces = True

    def __init__(self, build: Callable[[], V]) -> None:
        self._build: Callable[[], V] | None = build
        self._built: V | None = None

    def _value(self) -> V:
        if self._build is not None:
            self._built = self._build()
            self._build = None
        return self._built  # type: ignore[return-value]


class ContentBlockStopEvent(_Built[B]):
    """A content block is complete: ``content_block`` is the finished block, as a model."""

    __slots__ = ("index",)
    type: Literal["content_block_stop"] = "content_block_stop"
    _fields = ("index", "content_block")

    def __init__(self, index: int, build: Callable[[], B]) -> None:
        super().__init__(build)
        self.index = index

    @property
    def content_block(self) -> B:
        return self._value()


class MessageStopEvent(_Built[M]):
    """The message is complete: ``message`` is the final message (built on first access)."""

    __slots__ = ()
    type: Literal["message_stop"] = "message_stop"
    _fields = ("message",)

    @property
    def message(self) -> M:
        return self._value()


# The events the stream yields after a raw delta (`C`: the citation type of the document).
AddedEvent: TypeAlias = (
    TextEvent | CitationEvent[C] | ThinkingEvent | SignatureEvent | InputJsonEvent | CompactionEvent
)
