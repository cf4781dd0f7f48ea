"""Method docstrings from the document: summary, description, one line per argument, the return
value and the errors. Written into generated resources, so `help()` and IDE hovers show them."""

from __future__ import annotations

import textwrap
from typing import Any

from .loader import Operation
from .schema_graph import resolve_ref

INDENT = " " * 8  # a method body in the generated classes
WIDTH = 96

# The arguments every method takes; the same words everywhere, so they are written once here.
COMMON_ARGS = {
    "betas": "Beta features to enable, sent as the comma-joined `anthropic-beta` header.",
    "extra_headers": "Headers sent over the ones the method builds (an `Omit` removes one).",
    "extra_query": "Query parameters added to the URL.",
    "extra_body": "Top-level JSON fields merged into the body, for fields newer than this SDK.",
    "timeout": "This call's timeout in seconds, or an `httpx.Timeout`, instead of the client's.",
}

RAISES = (
    (
        "APIStatusError",
        "the API answered with an error status; the subclass names it "
        "(`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`, "
        "`request_id` and the API's message.",
    ),
    (
        "APIConnectionError",
        "no answer came (`APITimeoutError` when the timeout ran out), after the retries.",
    ),
)


def first_sentence(text: str) -> str:
    text = " ".join(text.split())
    return text.rstrip(".") + "." if text else ""


def _describe(doc: dict[str, Any], schema: Any, given: str) -> str:
    """The parameter's own description, else that of the schema it refers to."""
    if given:
        return given
    resolved = resolve_ref(doc, schema) if isinstance(schema, dict) else {}
    return str(resolved.get("description", "")) if isinstance(resolved, dict) else ""


def _wrapped(label: str, text: str, level: int) -> list[str]:
    pad = INDENT + "    " * level
    body = " ".join(text.split()) or "See the API reference."
    return textwrap.wrap(
        f"{label}: {body}", WIDTH, initial_indent=pad, subsequent_indent=pad + "    "
    )


def method_doc(
    doc: dict[str, Any],
    op: Operation,
    args: list[dict[str, Any]],
    *,
    beta: bool,
    returns: str,
) -> str:
    """The docstring body (without quotes), indented for a method of a generated class."""
    description = " ".join(op.description.split())
    if not op.summary:  # the description's first sentence stands in for a missing summary
        head, _, description = description.partition(". ")
        op_summary = head
    else:
        op_summary = op.summary
    summary = first_sentence(op_summary) or f"`{op.operation_id}`."
    lines = [summary]
    if description and first_sentence(description) != summary:
        lines += [
            "",
            *textwrap.wrap(description, WIDTH, initial_indent=INDENT, subsequent_indent=INDENT),
        ]
    lines += ["", INDENT + "Args:"]
    by_name = {p.name: p for p in op.params}
    for arg in args:
        param = by_name.get(arg["name"])
        text = _describe(doc, param.schema, param.description) if param else ""
        if param is not None and param.beta and beta:
            text += f" (beta: {', '.join(param.beta)})"
        lines += _wrapped(arg["py_name"], text, 1)
    for name, text in COMMON_ARGS.items():
        if name == "betas" and not beta:
            continue
        lines += _wrapped(name, text, 1)
    lines += ["", INDENT + "Returns:"]
    kind, _, what = returns.partition(":")
    lines += _wrapped(kind, what, 1)
    lines += ["", INDENT + "Raises:"]
    for name, text in RAISES:
        lines += _wrapped(name, text, 1)
    return "\n".join(lines) + "\n" + INDENT


def returns_text(kind: str, result_type: str) -> str:
    """What the method gives back, in words, by the kind of response."""
    return {
        "page": f"Page[{result_type}]: one page; iterating it yields every item across pages, "
        "fetching the next page as you go.",
        "jsonl": f"Stream[{result_type}]: the result lines, read one at a time.",
        "events": f"Stream[{result_type}]: the open event stream, handed out once the response "
        "headers arrive; iterate it for each event as it comes.",
        "binary": f"{result_type}: the response with its body unread; `.write_to_file()` or "
        "`.read()` it.",
        "none": "None: nothing; the call succeeded.",
    }.get(kind, f"{result_type}: the parsed response; `.to_json()` gives back its JSON.")


OUTPUT_FORMAT = (
    "The shape the reply's JSON must have: a pydantic model, TypedDict, dataclass or JSON "
    "schema, sent as `output_config.format` through `transform_schema()`."
)
PARSE_LEAD = (
    "Like `{method}()`, asking for JSON shaped like `output_format` and returning it parsed.\n\n"
    "Each text block carries `parsed_output` (so does the message); a reply that does not "
    "validate raises `ParsedOutputError`, which carries the raw text."
)
RUNNER_LEAD = (
    "Call the model in a loop, running the tools it asks for, until it asks for none.\n\n"
    "Iterate the runner for each reply (an open stream with `stream=True`), or call "
    "`until_done()` for the last one. `tools` mixes `@beta_tool` functions and runnable tools "
    "(run here) with plain tool definitions (sent, not run); a tool that raises is answered with "
    "an `is_error` result.\n\n"
    "The loop runs over a message thread (the server holds the conversation, so each turn sends "
    "only what is new) unless `thread=False` is given or the client has no message threads."
)
RUNNER_ARGS = {
    "max_iterations": "Stop after this many requests, even if the model still asks for tools.",
    "run_tools_eagerly": "With `stream=True`: run each tool call while the rest of the reply "
    "still streams, once the model has moved on from it (one call at a time; reading waits); "
    "`runner.defer_tool_call()` holds the calls that must wait for the whole reply.",
    "output_format": OUTPUT_FORMAT,
}


def with_helper_args(
    doc: str, extra: dict[str, str], *, lead: str | None = None, returns: str | None = None
) -> str:
    """`doc` (a method docstring from `method_doc`) with arguments added before the common ones,
    and optionally another lead paragraph and Returns section: for the helper methods that take
    an operation's own arguments plus a few of their own."""
    lines = doc.split("\n")
    if lead is not None:
        start = lines.index(INDENT + "Args:")
        head = [lead.split("\n")[0]]
        for paragraph in lead.split("\n\n")[1:]:
            head += [
                "",
                *textwrap.wrap(paragraph, WIDTH, initial_indent=INDENT, subsequent_indent=INDENT),
            ]
        lines = [*head, "", *lines[start:]]
    at = next(i for i, line in enumerate(lines) if line.startswith(INDENT + "    extra_headers:"))
    present = {line.strip().split(":")[0] for line in lines if line.startswith(INDENT + "    ")}
    added = [
        row
        for name, text in extra.items()
        if name not in present
        for row in _wrapped(name, text, 1)
    ]
    lines[at:at] = added
    if returns is not None:
        start = lines.index(INDENT + "Returns:")
        end = lines.index(INDENT + "Raises:")
        kind, _, what = returns.partition(":")
        lines[start + 1 : end - 1] = _wrapped(kind, what, 1)
    return "\n".join(lines)
