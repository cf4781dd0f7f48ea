"""What a message thread knows between turns, and the arguments of each turn's request.

The state sends nothing. It holds the conversation in two parts: `stored`, the messages the
server holds (everything up to and including the last reply), and `staged`, the messages the
next turn sends. It also knows where the next turn stands on the server:

- `"new"`: the next turn sends the whole history with `thread: {"type": "create"}`;
- `"continue"`: the server holds the conversation up to `previous_message_id`, so the next turn
  sends only what is staged, with `thread: {"type": "continue", ...}` and without `system` and
  `tools` (the server keeps those it was created with);
- `"off"` / `"unthreaded"`: no `thread` field; every turn sends the whole history (a client that
  cannot thread, or a thread that stopped after `thread_unsupported_request`).
"""

from __future__ import annotations

import contextlib
import copy
import logging
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any, Literal

from ..._core._exceptions import AnthropicError, APIStatusError

__all__ = ["MESSAGE_THREADS_BETA", "ThreadState", "UnsupportedRequestBehavior", "plain"]

log = logging.getLogger("claude_api_client.threads")

MESSAGE_THREADS_BETA = "message-threads-2026-08-12"

UnsupportedRequestBehavior = Literal["error", "continue_unthreaded"]
"""What a thread does when the server cannot thread a request (`thread_unsupported_request`):
`"error"` raises the API's error; `"continue_unthreaded"` sends that turn and every later one
with the whole history and no `thread` field."""

# Fields the server takes from the thread on a `continue` (and refuses to see again).
CREATE_ONLY_FIELDS = ("system", "tools")
# Error codes after which the turn is sent again, whole, under a new thread.
_REPLAY_CODES = frozenset(
    {"thread_not_found", "thread_already_continued", "thread_continue_in_flight"}
)
# The request options a thread keeps beside the request fields.
REQUEST_OPTIONS = ("extra_headers", "extra_query", "extra_body", "timeout")

Position = Literal["off", "unthreaded", "new", "continue"]


def plain(value: Any) -> Any:
    """`value` as the plain JSON data a request sends (models dumped as received)."""
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict) and not isinstance(value, Mapping):
        return to_dict()
    if isinstance(value, Mapping):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    return value


def as_message_param(message: Any) -> dict[str, Any]:
    """A message to send, from a message param or a reply (`Message`)."""
    if getattr(message, "type", None) == "message" and hasattr(message, "content"):
        return {"role": message.role, "content": [plain(b) for b in message.content]}
    if not isinstance(message, Mapping) or "role" not in message:
        raise TypeError(
            f"messages: expected a message dict with `role` and `content` or a Message, "
            f"got {type(message).__name__}"
        )
    result: dict[str, Any] = plain(message)
    return result


def _error_details(error: APIStatusError) -> Mapping[str, Any]:
    body = error.body
    inner = body.get("error") if isinstance(body, Mapping) else None
    details = inner.get("details") if isinstance(inner, Mapping) else None
    return details if isinstance(details, Mapping) else {}


class ThreadState:
    """One thread's history, request fields, request options and position (see the module)."""

    def __init__(
        self,
        *,
        fields: dict[str, Any],
        options: dict[str, Any],
        messages: Iterable[Any],
        output_format: Any,
        threading: bool,
        unsupported_request_behavior: UnsupportedRequestBehavior,
    ) -> None:
        if unsupported_request_behavior not in ("error", "continue_unthreaded"):
            raise ValueError(
                "unsupported_request_behavior: expected 'error' or 'continue_unthreaded', "
                f"got {unsupported_request_behavior!r}"
            )
        self.fields = fields
        self.options = options
        self.output_format = output_format
        self.unsupported_request_behavior: UnsupportedRequestBehavior = unsupported_request_behavior
        self.stored: list[dict[str, Any]] = []
        self.staged: list[dict[str, Any]] = [as_message_param(m) for m in messages]
        self.position: Position = "new" if threading else "off"
        self.previous_message_id: str | None = None
        self.created_with: dict[str, Any] = {}
        self.last_reply_id: str | None = None
        self.in_turn = False
        self._turn_messages: list[dict[str, Any]] = []

    # -- the conversation -------------------------------------------------------------------
    @property
    def threading(self) -> bool:
        return self.position in ("new", "continue")

    @property
    def messages(self) -> tuple[dict[str, Any], ...]:
        return (*self.stored, *self.staged)

    def append(self, messages: Iterable[Any]) -> None:
        """Stage messages; the reply just recorded, given back, is not staged twice."""
        for message in messages:
            if self._is_last_reply(message):
                continue
            self.staged.append(as_message_param(message))

    def _is_last_reply(self, message: Any) -> bool:
        if getattr(message, "type", None) == "message":
            return self.last_reply_id is not None and message.id == self.last_reply_id
        return (
            not self.staged
            and self.last_reply_id is not None
            and bool(self.stored)
            and as_message_param(message) == self.stored[-1]
        )

    def set_messages(self, messages: Sequence[Any]) -> None:
        """Take the history from `messages`: what extends the held history is staged; any other
        history replaces it, under a new thread."""
        given = [as_message_param(m) for m in messages]
        if given[: len(self.stored)] != self.stored:
            log.debug("thread: the history was rewritten; the next turn starts a new thread")
            self.stored = []
            self.last_reply_id = None
            self._start_new_thread()
        self.staged = given[len(self.stored) :]

    def fork(self) -> ThreadState:
        """An independent copy that continues from no held reply (its next turn starts a new
        thread with the whole history) and has no turn in flight."""
        fork = copy.copy(self)
        fork.fields = copy.copy(self.fields)
        fork.options = copy.copy(self.options)
        fork.stored = list(self.stored)
        fork.staged = list(self.staged)
        fork.in_turn = False
        fork._turn_messages = []
        fork._start_new_thread()
        return fork

    def update(self, overrides: Mapping[str, Any]) -> None:
        """Change the request fields and options of all later turns."""
        for key, value in overrides.items():
            target = self.options if key in REQUEST_OPTIONS else self.fields
            target[key] = value

    # -- one turn ---------------------------------------------------------------------------
    def start_turn(self, messages: Iterable[Any]) -> None:
        if self.in_turn:
            raise AnthropicError(
                "Another send(), parse() or stream() is already in progress on this thread"
            )
        before = len(self.staged)
        self.append(messages)
        self._turn_messages = self.staged[before:]
        self.in_turn = True

    @contextlib.contextmanager
    def turn(self, messages: Iterable[Any]) -> Iterator[None]:
        """One turn: `messages` staged for it, the thread freed when it ends."""
        self.start_turn(messages)
        try:
            yield
        finally:
            self.end_turn()

    def recovering(self) -> _Recovering:
        """A `with` block around one attempt of a turn: an error the turn recovers from (see
        `recovers_from`) is swallowed, so the caller's loop sends the turn again."""
        return _Recovering(self)

    def end_turn(self) -> None:
        """Free the thread; messages given to a turn that got no reply are not kept."""
        self.in_turn = False
        self.staged = [m for m in self.staged if not any(m is t for t in self._turn_messages)]
        self._turn_messages = []

    def request_arguments(self, overrides: Mapping[str, Any]) -> dict[str, Any]:
        """The keyword arguments of this turn's `create()` / `parse()` / `stream()` call."""
        fields = {**self.fields, **{k: v for k, v in overrides.items() if k not in REQUEST_OPTIONS}}
        options = {**self.options, **{k: v for k, v in overrides.items() if k in REQUEST_OPTIONS}}
        arguments: dict[str, Any] = {**fields, **options}
        if self.position == "continue":
            changed = [
                f"`{name}`"
                for name in CREATE_ONLY_FIELDS
                if plain(fields.get(name)) != self.created_with.get(name)
            ]
            if changed:
                tools_hint = (
                    " To add or remove tools on this thread, send `tool_addition` / "
                    "`tool_removal` blocks in a system message (a tool runner's `add_tools()` / "
                    "`remove_tools()`)."
                    if "`tools`" in changed
                    else ""
                )
                raise AnthropicError(
                    f"Cannot change {' and '.join(changed)} on a thread: the server keeps those "
                    f"it was created with.{tools_hint} To change them otherwise, start a new "
                    "thread from `thread.params`."
                )
            for name in CREATE_ONLY_FIELDS:
                arguments.pop(name, None)
            arguments["thread"] = {
                "type": "continue",
                "previous_message_id": self.previous_message_id,
            }
            arguments["messages"] = list(self.staged)
        else:
            arguments["messages"] = [*self.stored, *self.staged]
            if self.position == "new":
                arguments["thread"] = {"type": "create"}
                self.created_with = {name: plain(fields.get(name)) for name in CREATE_ONLY_FIELDS}
        if self.threading:
            betas = list(arguments.get("betas") or ())
            if MESSAGE_THREADS_BETA not in betas:
                arguments["betas"] = [*betas, MESSAGE_THREADS_BETA]
        if self.output_format is not None:
            arguments["output_format"] = self.output_format
        return arguments

    def record_reply(self, message: Any) -> None:
        """Keep the turn's messages and `message`, the reply the next turn continues from. A
        refusal is not kept (the server may hold it), and the next turn starts a new thread."""
        if message.stop_reason == "refusal" and self.position != "off":
            self._start_new_thread()
            return
        self.stored.extend(self.staged)
        self.stored.append(as_message_param(message))
        self.staged = []
        self._turn_messages = []
        self.last_reply_id = message.id
        if self.threading:
            self.position, self.previous_message_id = "continue", message.id
        self._adopt_container(message)

    def record_unfinished(self) -> None:
        """A streamed reply that ended before `message_stop`: the turn's messages were sent
        and stay in the history, the partial reply does not, and the next turn starts a new
        thread (the server holds all of that reply or none of it)."""
        self.stored.extend(self.staged)
        self.staged = []
        self._turn_messages = []
        self._start_new_thread()

    def recovers_from(self, error: APIStatusError) -> bool:
        """Whether the turn should be sent again after `error`, the state adjusted: a thread the
        server lost (or that was continued elsewhere) is replaced by a new one holding the whole
        history; with `"continue_unthreaded"`, a request the server cannot thread goes without."""
        code = _error_details(error).get("error_code")
        if code in _REPLAY_CODES and self.position == "continue":
            log.info("thread: %s; sending the whole history under a new thread", code)
            self._start_new_thread()
            return True
        if (
            code == "thread_unsupported_request"
            and self.threading
            and self.unsupported_request_behavior == "continue_unthreaded"
        ):
            log.info("thread: the server cannot thread this request; continuing without")
            self.position, self.previous_message_id = "unthreaded", None
            return True
        return False

    def _start_new_thread(self) -> None:
        if self.threading:
            self.position, self.previous_message_id = "new", None

    def _adopt_container(self, message: Any) -> None:
        # Container-bound server tools need later turns to name the container the reply ran in.
        container = getattr(message, "container", None)
        if container is not None and self.fields.get("container") is None:
            self.fields["container"] = container.id

    def params(self, tools: list[Any] | None) -> dict[str, Any]:
        """The thread as the arguments of one `thread()` call for the whole conversation."""
        params: dict[str, Any] = {
            **self.fields,
            "messages": list(self.messages),
            "unsupported_request_behavior": self.unsupported_request_behavior,
        }
        if tools is not None:
            params["tools"] = list(tools)
        if self.output_format is not None:
            params["output_format"] = self.output_format
        return params


class _Recovering:
    def __init__(self, state: ThreadState) -> None:
        self._state = state

    def __enter__(self) -> None:
        return None

    def __exit__(self, _type: object, exc: BaseException | None, _tb: object) -> bool:
        return isinstance(exc, APIStatusError) and self._state.recovers_from(exc)
