"""One error table, from the document: the SDK's failure mapping and the simulator both read it.

`x-error-class` on each member of `ErrorObject` (error `type`) and `ErrorDetails` (`error_code`)
gives the HTTP status and the exception class; `scripts/generate` writes them to
`claude_api_client._error_table`.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import httpx
import pytest

import claude_api_client
from _support.scripts import scripts_module
from claude_api_client import Anthropic
from claude_api_client._core._errors import status_error, status_error_class, stream_error_event
from claude_api_client._error_table import ERROR_CODES, ERROR_STATUSES, ERROR_TYPES
from claude_api_client.testing import Fault, local_api
from claude_api_client.testing._document import load_document
from claude_api_client.testing._faults import error_type_for, status_for

ROOT = Path(__file__).resolve().parents[1]


def _error_table_module() -> Any:
    # The generator's tools: scripts/test has them; the version matrix checks the runtime only.
    pytest.importorskip("jinja2")
    return scripts_module("_generator.error_table"), scripts_module("_generator.loader")


def _body(error_type: str) -> dict[str, Any]:
    return {"type": "error", "error": {"type": error_type, "message": "no"}, "request_id": "r"}


def _response(status: int, body: object) -> httpx.Response:
    request = httpx.Request("POST", "https://api.anthropic.com/v1/messages")
    return httpx.Response(status, json=body, request=request)


def test_the_generated_table_is_the_documents() -> None:
    error_table, _ = _error_table_module()
    tables = error_table.error_tables(load_document().raw)
    assert {t: (s, n) for t, s, n in tables["types"]} == ERROR_TYPES
    assert {(s, c): n for c, s, n in tables["codes"]} == ERROR_CODES
    assert error_table.status_classes(load_document().raw, tables) == ERROR_STATUSES


@pytest.mark.parametrize(("status", "name"), sorted(ERROR_STATUSES.items()))
def test_each_status_raises_the_documents_class(status: int, name: str) -> None:
    cls = getattr(claude_api_client, name)
    assert cls._default_status == status  # the class says the status the document gives it
    assert status_error_class(status) is cls
    assert type(status_error(_response(status, _body("x")))) is cls


@pytest.mark.parametrize(("error_type", "entry"), sorted(ERROR_TYPES.items()))
def test_each_error_type_raises_its_class_at_its_status(
    error_type: str, entry: tuple[int, str]
) -> None:
    status, name = entry
    cls = getattr(claude_api_client, name)
    assert cls._default_status == status  # the class says the status the document gives it
    assert status_error_class(status) is cls
    assert type(status_error(_response(status, _body(error_type)))) is cls
    # In a 200 stream the type alone picks the class, and the status is the class's.
    event = stream_error_event(json.dumps(_body(error_type)), _response(200, None))
    assert type(event) is cls and event.status_code == status


def test_a_new_error_type_in_a_scratch_document_joins_the_table() -> None:
    error_table, loader = _error_table_module()
    doc = copy.deepcopy(load_document().raw)
    schemas = doc["components"]["schemas"]
    member = copy.deepcopy(schemas["RateLimitError"])
    member["properties"]["type"]["const"] = "teapot_error"
    member["x-error-class"] = {"name": "TeapotError", "status": 418}
    schemas["TeapotError"] = member
    schemas["ErrorObject"]["discriminator"]["mapping"]["teapot_error"] = (
        "#/components/schemas/TeapotError"
    )
    types = {t: (s, n) for t, s, n in error_table.error_tables(doc)["types"]}
    assert types["teapot_error"] == (418, "TeapotError")

    del member["x-error-class"]
    with pytest.raises(loader.LoadError, match=r"without x-error-class.*teapot_error"):
        error_table.error_tables(doc)
    member["x-error-class"] = {"name": "Other", "status": 429}
    with pytest.raises(loader.LoadError, match="both claim 429"):
        error_table.error_tables(doc)


def _scratch_code(doc: dict[str, Any], code: str, status: int, name: str) -> None:
    schemas = doc["components"]["schemas"]
    member = copy.deepcopy(schemas["FileExpiredErrorDetails"])
    member["properties"]["error_code"]["const"] = code
    member["description"] = 'A teapot was asked for coffee; see "RFC 2324".'
    member["x-error-class"] = {"name": name, "status": status}
    schemas[name + "Details"] = member
    schemas["ErrorDetails"]["discriminator"]["mapping"][code] = (
        f"#/components/schemas/{name}Details"
    )


def test_a_new_error_code_in_a_scratch_document_gets_its_class() -> None:
    error_table, loader = _error_table_module()
    doc = copy.deepcopy(load_document().raw)
    _scratch_code(doc, "coffee_refused", 409, "CoffeeRefusedError")
    tables = error_table.error_tables(doc)
    statuses = error_table.status_classes(doc, tables)
    rows = {r["name"]: r for r in error_table.error_classes(doc, tables, statuses)}
    row = rows["CoffeeRefusedError"]
    assert row["base"] == "ConflictError"  # 409 has no error type: `x-status-classes` names it
    assert row["doc"].startswith('A teapot was asked for coffee; see "RFC 2324".')
    assert row["doc"].endswith("`error_code` `coffee_refused` with HTTP 409.")

    # A code at a status no class stands for, or a class name taken twice, fails the generator.
    _scratch_code(doc, "coffee_refused", 418, "CoffeeRefusedError")
    tables = error_table.error_tables(doc)
    with pytest.raises(loader.LoadError, match="no exception class for HTTP 418"):
        error_table.error_classes(doc, tables, statuses)
    _scratch_code(doc, "coffee_refused", 409, "FileExpiredError")
    tables = error_table.error_tables(doc)
    with pytest.raises(loader.LoadError, match="FileExpiredError is taken"):
        error_table.error_classes(doc, tables, statuses)


def test_a_status_claimed_twice_fails_the_generator() -> None:
    error_table, loader = _error_table_module()
    doc = copy.deepcopy(load_document().raw)
    marks = doc["components"]["schemas"]["ErrorObject"]["x-status-classes"]
    marks.append({"status": 404, "name": "GoneError"})
    with pytest.raises(loader.LoadError, match="both claim 404"):
        error_table.status_classes(doc, error_table.error_tables(doc))
    marks[-1] = {"status": 410, "name": "NotFoundError"}
    with pytest.raises(loader.LoadError, match=r"NotFoundError.*more than one HTTP status"):
        error_table.status_classes(doc, error_table.error_tables(doc))


def test_status_classes_in_a_scratch_document() -> None:
    error_table, loader = _error_table_module()
    doc = copy.deepcopy(load_document().raw)
    marks = doc["components"]["schemas"]["ErrorObject"]["x-status-classes"]
    marks.append({"status": 507, "name": "InsufficientStorageError", "description": "Full."})
    marks.append({"status": 418, "name": "TeapotError"})
    tables = error_table.error_tables(doc)
    statuses = error_table.status_classes(doc, tables)
    rows = {r["name"]: r for r in error_table.status_rows(doc, tables, statuses)}
    # A 5xx status's class is an InternalServerError; any other an APIStatusError.
    assert rows["InsufficientStorageError"]["base"] == "InternalServerError"
    assert rows["InsufficientStorageError"]["doc"] == "Full.\n    \n    Raised for HTTP 507."
    assert rows["TeapotError"]["base"] == "APIStatusError"
    assert rows["TeapotError"]["doc"] == "Raised for HTTP 418."
    assert rows["InternalServerError"]["base"] == "APIStatusError"
    assert rows["NotFoundError"]["doc"].endswith("(error type `not_found_error`).")
    assert rows["ContentTooLargeError"]["aliases"] == ["RequestTooLargeError"]
    # An alias must be a free class name.
    marks[-1]["aliases"] = ["NotFoundError"]
    with pytest.raises(loader.LoadError, match="the alias 'NotFoundError' is no free class name"):
        error_table.status_rows(doc, tables, error_table.status_classes(doc, tables))


def test_every_status_class_is_generated_from_the_document() -> None:
    from claude_api_client import _status_errors
    from claude_api_client._core import _exceptions
    from claude_api_client._error_table import ERROR_ALIASES

    # The core holds the runtime's own hierarchy: no status class of its own below APIStatusError.
    core_status_classes = [
        cls
        for cls in vars(_exceptions).values()
        if isinstance(cls, type) and issubclass(cls, _exceptions.APIStatusError)
    ]
    assert core_status_classes == [_exceptions.APIStatusError]
    assert {s: c.__name__ for s, c in _status_errors.STATUS_CLASSES.items()} == ERROR_STATUSES
    assert {t: (c._default_status, c.__name__) for t, c in _status_errors.TYPE_CLASSES.items()} == (
        ERROR_TYPES
    )
    for alias, name in ERROR_ALIASES.items():
        assert getattr(claude_api_client, alias) is getattr(claude_api_client, name)
    assert set(_status_errors.__all__) == {*ERROR_STATUSES.values(), *ERROR_ALIASES}


def test_the_simulator_answers_each_status_with_the_tables_type() -> None:
    for error_type, (status, _) in ERROR_TYPES.items():
        assert error_type_for(status) == error_type
        assert status_for(error_type) == status
    # Statuses without a type of their own fall back by class of status.
    assert error_type_for(409) == "invalid_request_error"
    assert error_type_for(503) == "api_error"


@pytest.mark.parametrize("error_type", sorted(ERROR_TYPES))
def test_simulator_and_sdk_map_each_error_type_alike(error_type: str) -> None:
    """A failing request and the same failure as a stream event raise one class."""
    status, name = ERROR_TYPES[error_type]
    cls = getattr(claude_api_client, name)
    params: dict[str, Any] = {
        "model": "claude-sonnet-4-5",
        "max_tokens": 16,
        "messages": [{"role": "user", "content": "hi"}],
    }
    with local_api() as api:
        client: Anthropic = api.client(max_retries=0)
        api.fail_next([status], route="messages_create")
        with pytest.raises(cls) as plain:
            client.messages.create(**params)
        assert plain.value.status_code == status
        assert plain.value.body["error"]["type"] == error_type  # type: ignore[index]

        api.inject(Fault.stream_error(error_type, after_events=1), route="messages_create")
        with pytest.raises(cls) as streamed:
            with client.messages.stream(**params) as stream:
                for _ in stream:
                    pass
        assert streamed.value.status_code == status


def test_a_413_from_the_simulator_is_request_too_large() -> None:
    """The simulator's 413 carries the document's type for 413 (it used to say
    `invalid_request_error`, which the SDK maps to 400 in a stream)."""
    with local_api() as api:
        client = api.client(max_retries=0)
        api.fail_next([413])
        with pytest.raises(claude_api_client.RequestTooLargeError) as info:
            client.models.list()
        assert info.value.body["error"]["type"] == "request_too_large"  # type: ignore[index]
