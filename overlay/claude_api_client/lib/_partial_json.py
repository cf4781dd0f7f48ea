"""JSON that may be cut off anywhere: the tool inputs of a message stream, piece by piece.

``PartialJSON`` is fed the pieces of one document as they arrive (``input_json_delta``) and gives,
at any point, the value so far with what is still open closed. It is incremental: each piece is
scanned once, a finished string, number or container is built once and kept, and reading the value
copies only the containers still open (their finished members are shared). So a tool input of
N bytes costs O(N) to feed whatever the piece size, where re-parsing the whole prefix on every
piece costs O(N²). It keeps an explicit stack (no recursion): nesting deeper than ``MAX_DEPTH`` is
an error, never a ``RecursionError``.

Rules of the value read mid-document: open strings, arrays and objects are closed; a trailing
piece that is not a value yet (an object key without its value, ``tru``, ``-``, a dangling ``,``
or ``:``) is left out. With ``trailing_strings=False`` a string or number still being written is
left out too (what the official helper's ``input_json`` snapshots show). A text that is not the
beginning of a JSON document raises ``ValueError``, as does one that holds no value yet. Control
characters inside strings are accepted (as ``json.loads(strict=False)`` does); an invalid escape
inside a string still open is reported once the string closes.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable

__all__ = ["MAX_DEPTH", "PartialJSON", "check_depth", "parse_partial_json"]

# Deeper than any tool input; far below the interpreter's recursion limit, so that every value
# built here can still be compared, printed and serialised.
MAX_DEPTH = 500

# json's own string scanner (C-accelerated): (text, index after the quote, strict) -> (str, end).
# It is public in json.decoder but absent from the type stubs.
_scanstring: Callable[[str, int, bool], tuple[str, int]] = json.decoder.scanstring  # type: ignore[attr-defined]

_WS = re.compile(r"[ \t\n\r]*")
_SCALAR = re.compile(r'[^ \t\n\r"\[\]{},:]*')  # a number or a literal: up to the next structural
_NUMBER = re.compile(r"-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?")
_NUMBER_TAIL = re.compile(r"[-+.eE0-9]*\Z")  # what may follow a number prefix at the very end
# An escape cut off at the end: an odd run of backslashes, maybe with part of a \uXXXX.
_CUT_ESCAPE = re.compile(r"(?<!\\)(?:\\\\)*(\\(?:u[0-9a-fA-F]{0,3})?)\Z")
_LITERALS = {"true": True, "false": False, "null": None}

# What the parser expects next (outside a string or scalar token).
_VALUE, _VALUE_OR_CLOSE, _KEY, _KEY_OR_CLOSE, _COLON, _COMMA_OR_CLOSE, _END = range(7)
_MISSING = object()


class _Incomplete(ValueError):
    """The text ends before a usable value (``tru``, ``-``, an object key …)."""


_STRING = re.compile(r'"(?:[^"\\]|\\.)*"', re.DOTALL)
_BRACKETS = re.compile(r"[\[\]{}]")


def check_depth(text: str) -> None:
    """Refuse a JSON text nested deeper than ``MAX_DEPTH`` with a ``ValueError``, whatever the
    interpreter's own json limit is (3.13 parses what 3.12 refuses). Costs one C-speed count
    unless the text holds more than ``MAX_DEPTH`` brackets."""
    if text.count("[") + text.count("{") <= MAX_DEPTH:
        return
    depth = 0
    for match in _BRACKETS.finditer(_STRING.sub("", text)):
        if match.group() in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                raise ValueError(f"JSON nested deeper than {MAX_DEPTH} levels")
        else:
            depth -= 1


def parse_partial_json(text: str, *, trailing_strings: bool = True) -> object:
    """The value of a JSON document that may be cut off anywhere (see the module's rules)."""
    try:
        check_depth(text)
        return json.loads(text)
    except (ValueError, RecursionError):
        pass  # the usual case mid-stream: cut off (a document too deep fails below, clearly)
    parser = PartialJSON()
    parser.feed(text)
    return parser.value(trailing_strings=trailing_strings)


class _Frame:
    """An open array (``key`` unused) or object (``key``: the key whose value comes next)."""

    __slots__ = ("container", "key")

    def __init__(self, container: dict[str, object] | list[object]) -> None:
        self.container = container
        self.key: str | None = None


class PartialJSON:
    """One JSON document fed in pieces; ``value()`` at any point (see the module docstring)."""

    __slots__ = (
        "_error",
        "_escapes",
        "_expect",
        "_root",
        "_stack",
        "_token",
        "_token_kind",
        "consumed",
    )

    def __init__(self) -> None:
        self.consumed = 0  # characters fed so far
        self._stack: list[_Frame] = []
        self._expect = _VALUE
        self._root: object = _MISSING
        # The token still being written: its pieces, and "s" (a string), "k" (an object key),
        # "x" (a number or literal) or "" (none).
        self._token: list[str] = []
        self._token_kind = ""
        self._escapes = False  # the open string's pieces end with an odd run of backslashes
        self._error: ValueError | None = None

    # --- feeding --------------------------------------------------------------------------------

    def feed(self, text: str) -> None:
        """Take the next piece of the document. Errors are kept and raised by ``value()``."""
        self.consumed += len(text)
        if self._error is not None:
            return
        try:
            self._feed(text)
        except ValueError as error:  # invalid JSON, a number too long for int(), too deep
            self._error = error

    def _feed(self, text: str) -> None:
        pos = 0
        size = len(text)
        kind = self._token_kind
        if kind:  # a token left open by the previous piece
            pos = self._continue_string(text, 0) if kind != "x" else self._continue_scalar(text, 0)
            if pos < 0:
                return
        while True:
            pos = _WS.match(text, pos).end()  # type: ignore[union-attr]
            if pos >= size:
                return
            char = text[pos]
            expect = self._expect
            if expect == _COMMA_OR_CLOSE:
                frame = self._stack[-1]
                is_object = type(frame.container) is dict
                if char == ",":
                    self._expect = _KEY if is_object else _VALUE
                    pos += 1
                elif char == ("}" if is_object else "]"):
                    pos += 1
                    self._close()
                else:
                    raise ValueError(f"expected ',' or a closing bracket, got {char!r}")
            elif expect == _COLON:
                if char != ":":
                    raise ValueError(f"expected ':', got {char!r}")
                self._expect = _VALUE
                pos += 1
            elif expect == _KEY or expect == _KEY_OR_CLOSE:
                if char == '"':
                    self._token_kind = "k"
                    pos = self._continue_string(text, pos + 1)
                    if pos < 0:
                        return
                elif char == "}" and expect == _KEY_OR_CLOSE:
                    pos += 1
                    self._close()
                else:
                    raise ValueError(f"expected an object key, got {char!r}")
            elif expect == _END:
                raise ValueError(f"unexpected data after the JSON value: {char!r}")
            elif char == '"':
                self._token_kind = "s"
                pos = self._continue_string(text, pos + 1)
                if pos < 0:
                    return
            elif char == "{":
                self._open({})
                self._expect = _KEY_OR_CLOSE
                pos += 1
            elif char == "[":
                self._open([])
                self._expect = _VALUE_OR_CLOSE
                pos += 1
            elif char == "]" and expect == _VALUE_OR_CLOSE:
                pos += 1
                self._close()
            else:
                self._token_kind = "x"
                pos = self._continue_scalar(text, pos)
                if pos < 0:
                    return

    def _continue_string(self, text: str, pos: int) -> int:
        """Scan the open string from `pos`: the index after its closing quote, or -1 when the
        piece ends first (its rest is kept)."""
        start = pos
        escapes = self._escapes
        while True:
            quote = text.find('"', pos)
            if quote < 0:
                rest = text[start:]
                if rest:
                    self._token.append(rest)
                    run = len(rest) - len(rest.rstrip("\\"))
                    self._escapes = (escapes if run == len(rest) else False) ^ (run % 2 == 1)
                return -1
            back = quote
            while back > start and text[back - 1] == "\\":
                back -= 1  # the backslashes just before the quote
            run = quote - back
            if back == start:  # the run reaches the piece's start: add the carried one
                run += escapes
            if run % 2 == 0:
                break
            pos = quote + 1
        pieces = self._token
        pieces.append(text[start:quote])
        raw = pieces[0] if len(pieces) == 1 else "".join(pieces)
        pieces.clear()
        self._escapes = False
        value, end = _scanstring(raw + '"', 0, False)
        if end != len(raw) + 1:
            raise ValueError("invalid string")
        if self._token_kind == "k":
            self._token_kind = ""
            self._stack[-1].key = value
            self._expect = _COLON
        else:
            self._token_kind = ""
            self._complete(value)
        return quote + 1

    def _continue_scalar(self, text: str, pos: int) -> int:
        end = _SCALAR.match(text, pos).end()  # type: ignore[union-attr]
        if end >= len(text):
            if end > pos:
                self._token.append(text[pos:])
            return -1
        pieces = self._token
        pieces.append(text[pos:end])
        word = "".join(pieces)
        pieces.clear()
        self._token_kind = ""
        if not word:
            raise ValueError(f"unexpected character {text[end]!r}")
        self._complete(_scalar(word))
        return end

    def _open(self, container: dict[str, object] | list[object]) -> None:
        if len(self._stack) >= MAX_DEPTH:
            raise ValueError(f"JSON nested deeper than {MAX_DEPTH} levels")
        self._stack.append(_Frame(container))

    def _close(self) -> None:
        self._complete(self._stack.pop().container)

    def _complete(self, value: object) -> None:
        if not self._stack:
            self._root = value
            self._expect = _END
            return
        frame = self._stack[-1]
        container = frame.container
        if type(container) is dict:
            container[frame.key] = value  # type: ignore[index]
            frame.key = None
        else:
            container.append(value)  # type: ignore[union-attr]
        self._expect = _COMMA_OR_CLOSE

    # --- reading --------------------------------------------------------------------------------

    def value(self, *, trailing_strings: bool = True) -> object:
        """The document so far, open containers closed. Raises ``ValueError`` when the text is not
        JSON, or holds no value yet. A finished document is returned as built (not copied)."""
        if self._error is not None:
            raise self._error
        if self._root is not _MISSING:
            return self._root
        child = self._open_token(trailing_strings)
        stack = self._stack
        if not stack:
            if child is _MISSING:
                raise _Incomplete("no value yet")
            return child
        for depth in range(len(stack) - 1, -1, -1):
            frame = stack[depth]
            container = frame.container
            if type(container) is dict:
                copy: object = dict(container)
                # The innermost object drops a key whose value has not started; an outer one's
                # key is that of the open container just built.
                if child is not _MISSING and frame.key is not None:
                    copy[frame.key] = child  # type: ignore[index]
            else:
                copy = list(container)
                if child is not _MISSING:
                    copy.append(child)
            child = copy
        return child

    def _open_token(self, trailing: bool) -> object:
        """The value of the token still being written, or _MISSING when it is left out."""
        kind = self._token_kind
        if kind == "s":
            if not trailing:
                return _MISSING
            fragment = "".join(self._token)
            cut = _CUT_ESCAPE.search(fragment)
            if cut is not None:
                fragment = fragment[: cut.start(1)]
            value, end = _scanstring(fragment + '"', 0, False)  # raises if the string is invalid
            if end != len(fragment) + 1:
                raise ValueError("invalid string")
            if value and "\ud800" <= value[-1] <= "\udbff":
                value = value[:-1]  # half of a surrogate pair whose other half is still coming
            return value
        if kind == "x":
            return _open_scalar("".join(self._token), trailing)
        return _MISSING


def _scalar(word: str) -> object:
    """A finished number or literal."""
    if word in _LITERALS:
        return _LITERALS[word]
    if _NUMBER.fullmatch(word) is None:
        raise ValueError(f"invalid JSON value {word[:40]!r}")
    return json.loads(word)


def _open_scalar(word: str, trailing: bool) -> object:
    """A number or literal at the very end of the text: its value, or _MISSING while it may still
    become something else (``tru``, ``-``, ``1.``); ``ValueError`` when it cannot."""
    if word[0] in "tfn":
        for literal, value in _LITERALS.items():
            if word == literal:
                return value
            if literal.startswith(word):
                return _MISSING
        raise ValueError(f"invalid literal {word[:40]!r}")
    match = _NUMBER.match(word)
    if match is None:
        if word == "-":
            return _MISSING
        raise ValueError(f"invalid JSON value {word[:40]!r}")
    if match.end() == len(word):
        return json.loads(word)
    if _NUMBER_TAIL.match(word, match.end()) is None:
        raise ValueError(f"invalid number {word[:40]!r}")
    return json.loads(match.group()) if trailing else _MISSING
