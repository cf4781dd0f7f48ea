"""Independent oracles (DESIGN, "Tests"), so that a wrong reading of the API cannot pass.

1. The request body of every cassette of ours (tests/cassettes/) and every request example in
   openapi/ validates against the REFERENCE document's request schema for its operation
   (../shared/reference/anthropic-openapi.stainless-2026-08.json; the `?beta=true` form for beta
   calls, whose schemas hold the beta fields).
2. Every real recorded 2xx response in ../shared/cassettes/ validates against OUR response schema
   (the bundled document the package ships), event by event for streams.
"""

from __future__ import annotations

import functools
import json
import re
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from cassette_tests._replay import recorded
from cassette_tests._wire import SCENARIOS, Scenario

from ._sources import SHARED, Interaction, parse_multipart
from .test_conformance import IN_SCOPE

ROOT = Path(__file__).resolve().parents[2]
REFERENCE = SHARED / "reference" / "anthropic-openapi.stainless-2026-08.json"
OURS = ROOT / "generated" / "claude_api_client" / "openapi.json"

if not REFERENCE.is_file():
    pytest.skip(f"{REFERENCE} is absent: no reference to check against", allow_module_level=True)


@functools.cache
def _doc(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))


@functools.cache
def _validator(path: Path, schema_json: str) -> jsonschema.Draft202012Validator:
    doc = _doc(path)
    # One resource holding the components, so internal "#/components/..." $refs resolve.
    schema = {"allOf": [json.loads(schema_json)], "components": doc["components"]}
    return jsonschema.Draft202012Validator(schema)


def _template(doc: dict[str, Any], method: str, path: str, beta: bool) -> dict[str, Any]:
    """The operation of `doc` whose path template matches `path`."""
    for key, item in doc["paths"].items():
        bare, _, query = key.partition("?")
        if (query == "beta=true") != beta:
            continue
        pattern = re.sub(r"\{[^}]+\}", r"[^/]+", bare)
        if re.fullmatch(pattern, path) and method.lower() in item:
            return item[method.lower()]
    raise AssertionError(f"no operation for {method} {path} (beta={beta})")


# Operations of the official 2.16 package that the 2026-08 reference does not describe yet: no
# reference schema to check their request bodies against.
NOT_IN_REFERENCE = {
    ("POST", "/v1/user_profiles/{user_profile_id}/action_urls"),
    ("POST", "/v1/user_profiles/{user_profile_id}/providers/google/data_controls"),
    ("POST", "/v1/compliance/review/cases/{case_id}/respond"),
}


def _not_in_reference(method: str, path: str) -> bool:
    for m, template in NOT_IN_REFERENCE:
        if m == method.upper() and re.fullmatch(re.sub(r"\{[^}]+\}", "[^/]+", template), path):
            return True
    return False


def _in_reference(method: str, path: str, beta: bool) -> bool:
    """Whether the reference has this form of the operation (the GA user profiles are newer)."""
    try:
        _template(_doc(REFERENCE), method, path, beta)
    except AssertionError:
        return False
    return True


def _request_ref(method: str, path: str, beta: bool, content_type: str) -> dict[str, Any]:
    op = _template(_doc(REFERENCE), method, path, beta)
    return op["requestBody"]["content"][content_type]["schema"]


def _errors(path: Path, schema: dict[str, Any], instance: Any) -> list[str]:
    found = _validator(path, json.dumps(schema, sort_keys=True)).iter_errors(instance)
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message[:300]}" for e in found]


# --- 1. our request bodies against the reference -----------------------------------------------


def _multipart_instance(body: bytes, content_type: str) -> dict[str, Any]:
    instance: dict[str, Any] = {}
    for part in parse_multipart(body, content_type):
        name = part["name"]
        value = part["content"].decode("utf-8", errors="replace")
        if name.endswith("[]") or name == "files":
            instance.setdefault(name.removesuffix("[]"), []).append(value)
        elif name == "expires_in_seconds":
            instance[name] = int(value)
        else:
            instance[name] = value
    return instance


BODIES = [s for s in SCENARIOS if s.json_body is not None or s.parts is not None]


@pytest.mark.parametrize("scenario", [pytest.param(s, id=s.name) for s in BODIES])
def test_our_cassette_request_matches_the_reference(scenario: Scenario) -> None:
    (rec,) = recorded(scenario)
    path = rec.uri.split("api.anthropic.com", 1)[1].split("?", 1)[0]
    if _not_in_reference(rec.method, path):
        pytest.skip("not in the reference (see NOT_IN_REFERENCE)")
    if not _in_reference(rec.method, path, scenario.beta):
        pytest.skip("the reference has only the other form")
    content_type = rec.request_headers["content-type"]
    if content_type.startswith("multipart/form-data"):
        instance = _multipart_instance(rec.request_body or b"", content_type)
        ref = _request_ref(rec.method, path, scenario.beta, "multipart/form-data")
    else:
        instance = json.loads(rec.request_body or b"null")
        ref = _request_ref(rec.method, path, scenario.beta, "application/json")
    assert _errors(REFERENCE, ref, instance) == []


def _our_examples() -> list[Any]:
    out = []
    for key, item in _doc(OURS)["paths"].items():
        for method, op in item.items():
            if not isinstance(op, dict) or "requestBody" not in op:
                continue
            for content_type, media in op["requestBody"]["content"].items():
                for name, example in (media.get("examples") or {}).items():
                    out.append(
                        pytest.param(
                            method,
                            key,
                            content_type,
                            example["value"],
                            bool(op.get("x-beta")),  # beta-only: compare with the beta form
                            id=f"{op['operationId']}:{name}",
                        )
                    )
    return out


@pytest.mark.parametrize("method,path,content_type,value,beta_only", _our_examples())
def test_our_request_examples_match_the_reference(
    method: str, path: str, content_type: str, value: Any, beta_only: bool
) -> None:
    concrete = re.sub(r"\{[^}]+\}", "x", path)
    if _not_in_reference(method, concrete):
        pytest.skip("not in the reference (see NOT_IN_REFERENCE)")
    # Examples of an operation whose GA form is newer than the reference are beta-form examples.
    beta = beta_only or not _in_reference(method, concrete, False)
    ref = _request_ref(method, concrete, beta, content_type)
    assert _errors(REFERENCE, ref, value) == []


# --- 2. real responses against our schemas ------------------------------------------------------


def _response_schema(i: Interaction, content_type: str) -> dict[str, Any]:
    op = _template(_doc(OURS), i.method, i.path, False)
    return op["responses"]["200"]["content"][content_type]["schema"]


OK = [i for i in IN_SCOPE if 200 <= i.status < 300]


@pytest.mark.parametrize("interaction", [pytest.param(i, id=i.id) for i in OK])
def test_real_response_matches_our_schema(interaction: Interaction) -> None:
    i = interaction
    if i.is_sse:
        ref = _response_schema(i, "text/event-stream")
        problems = [
            f"event {n} ({name}): {e}"
            for n, (name, data) in enumerate(i.sse())
            for e in _errors(OURS, ref, data)
        ]
    else:
        ref = _response_schema(i, "application/json")
        problems = _errors(OURS, ref, i.json())
    assert problems == []


def test_the_oracles_reject_what_they_should() -> None:
    """Guard against a vacuous pass: a body without max_tokens, a message without content."""
    ref = _request_ref("POST", "/v1/messages", False, "application/json")
    assert _errors(REFERENCE, ref, {"model": "m", "messages": []})
    ours = _template(_doc(OURS), "POST", "/v1/messages", False)
    schema = ours["responses"]["200"]["content"]["application/json"]["schema"]
    assert _errors(OURS, schema, {"type": "message", "id": "msg_1"})
