"""The simulator conforms to our OpenAPI document (a schemathesis-style check, written here).

For every operation of the bundled document, requests are built from the document itself (its
examples, and instances generated from the request schemas); each answer the simulator gives
(JSON, every SSE event, every JSON line, every error body) is validated with `jsonschema` against
the response schema the document declares for that status and content type. The simulator's own
request validator is cross-checked against `jsonschema` on the same valid and broken requests.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import httpx
import jsonschema
import pytest
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from _support.wire import sse_json_events
from claude_api_client.testing import LocalAPIServer, _crud
from claude_api_client.testing._document import load_document

DOC: dict[str, Any] = load_document().raw
BASE = "urn:claude-api-client:openapi"
REGISTRY: Registry[Any] = Registry().with_resource(
    BASE, Resource.from_contents(DOC, default_specification=DRAFT202012)
)
BETAS = "files-api-2025-04-14,skills-2025-10-02"


def _pointer(*parts: str) -> str:
    return "#/" + "/".join(p.replace("~", "~0").replace("/", "~1") for p in parts)


def _checker(pointer: str) -> jsonschema.protocols.Validator:
    return jsonschema.Draft202012Validator(
        {"$ref": BASE + pointer},
        registry=REGISTRY,
        format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER,
    )


def _operation(operation_id: str) -> tuple[str, str, dict[str, Any]]:
    for path, item in DOC["paths"].items():
        for method, op in item.items():
            if isinstance(op, dict) and op.get("operationId") == operation_id:
                return path, method, op
    raise KeyError(operation_id)


def _response_pointer(operation_id: str, status: int, content_type: str) -> str:
    path, method, op = _operation(operation_id)
    responses = op["responses"]
    for key in (str(status), f"{str(status)[0]}XX", "default"):
        if key in responses:
            response = responses[key]
            if "$ref" in response:
                name = response["$ref"].rsplit("/", 1)[-1]
                return _pointer("components", "responses", name, "content", content_type, "schema")
            return _pointer(
                "paths", path, method, "responses", key, "content", content_type, "schema"
            )
    raise AssertionError(f"{operation_id} declares no response for {status}")


def _request_pointer(operation_id: str) -> str:
    path, method, op = _operation(operation_id)
    kind = next(iter(op["requestBody"]["content"]))
    return _pointer("paths", path, method, "requestBody", "content", kind, "schema")


def _examples(operation_id: str) -> list[Any]:
    _, _, op = _operation(operation_id)
    content = next(iter(op["requestBody"]["content"].values()))
    return [example["value"] for example in content.get("examples", {}).values()]


@contextmanager
def _checked() -> Iterator[Checked]:
    """A fresh simulator, and a checking client on it."""
    with LocalAPIServer() as server:
        api = Checked(server)
        with api.http:
            yield api


class Checked:
    """Sends requests and validates every answer against the document."""

    def __init__(self, server: LocalAPIServer) -> None:
        self.server = server
        self.http = httpx.Client(
            base_url=server.base_url,
            headers={"x-api-key": server.api_key, "anthropic-version": "2023-06-01"},
        )
        self.covered: set[str] = set()

    def send(self, operation_id: str, expect: int = 200, **request: Any) -> httpx.Response:
        path, method, _ = _operation(operation_id)
        url = path.format(**request.pop("path", {}))
        response = self.http.request(method.upper(), url, **request)
        assert response.status_code == expect, response.text
        assert response.headers.get("request-id")
        kind = response.headers["content-type"].split(";")[0]
        pointer = _response_pointer(operation_id, response.status_code, kind)
        if kind == "application/json":
            _checker(pointer).validate(response.json())
        elif kind == "text/event-stream":
            for name, data in _sse(response.text):
                _checker(pointer).validate(data)
                assert data["type"] == name
        elif kind == "application/x-jsonl":
            lines = response.text.splitlines()
            assert lines
            for line in lines:
                _checker(pointer).validate(json.loads(line))
        if response.is_success:
            self.covered.add(operation_id)
        return response

    def create(self, operation_id: str, id_name: str, **request: Any) -> dict[str, str]:
        """Send a create (with the operation's first example body unless `json` is given); the
        path ids that name what it made (`{id_name: its id}`)."""
        request.setdefault("json", _examples(operation_id)[0])
        return {id_name: self.send(operation_id, **request).json()["id"]}

    def each(
        self, path: dict[str, str], headers: dict[str, str], prefix: str, *actions: str
    ) -> None:
        """Send `<prefix>_<action>` for each action in turn, without a body, on the same path
        ids (an operation whose path has none of them ignores them) and headers."""
        for action in actions:
            self.send(f"{prefix}_{action}", path=path, headers=headers)


def _sse(text: str) -> list[tuple[str, Any]]:
    return sse_json_events(text.encode())


def _multipart(example: dict[str, Any]) -> list[tuple[str, Any]]:
    parts: list[tuple[str, Any]] = []
    for name, value in example.items():
        if name == "file":
            parts.append((name, ("data.csv", value.encode(), "text/csv")))
        elif name == "files":
            parts.extend(
                ("files[]", (f"skill/SKILL{i}.md", v.encode())) for i, v in enumerate(value)
            )
        else:
            parts.append((name, (None, str(value))))
    return parts


def test_every_operation_answers_as_the_document_says() -> None:
    with _checked() as api:
        _scenario(api)
    every = {
        op["operationId"]
        for item in DOC["paths"].values()
        for op in item.values()
        if isinstance(op, dict) and "operationId" in op
    }
    assert api.covered == every


def _scenario(api: Checked) -> None:
    # Messages, from the document's own examples, as JSON and as SSE.
    for example in _examples("messages_create"):
        api.send("messages_create", json=example)
        api.send("messages_create", json={**example, "stream": True})
    for example in _examples("messages_count_tokens"):
        api.send("messages_count_tokens", json=example)
    # Batches.
    created = [
        api.send("messages_batches_create", json=e).json()
        for e in _examples("messages_batches_create")
    ]
    batch = created[0]["id"]
    api.send("messages_batches_list", params={"limit": 1})
    api.send("messages_batches_retrieve", path={"message_batch_id": batch})
    api.send("messages_batches_results", path={"message_batch_id": batch})
    api.send("messages_batches_cancel", path={"message_batch_id": batch})
    api.send("messages_batches_delete", path={"message_batch_id": batch})
    api.send("messages_batches_retrieve", 404, path={"message_batch_id": batch})
    # Models.
    first = api.send("models_list", params={"limit": 2}).json()
    api.send("models_list", params={"after_id": first["last_id"]})
    api.send("models_retrieve", path={"model_id": first["data"][0]["id"]})
    api.send("models_retrieve", 404, path={"model_id": "no-such-model"})
    # Files (GA, then beta).
    for example in _examples("files_upload"):
        file_id = api.send("files_upload", files=_multipart(example)).json()["id"]
        api.send("files_list", headers={"anthropic-beta": BETAS})
        api.send("files_retrieve_metadata", path={"file_id": file_id})
        api.send("files_download", path={"file_id": file_id})
        api.send("files_delete", path={"file_id": file_id})
        api.send("files_retrieve_metadata", 404, path={"file_id": file_id})
    # Skills and versions.
    for example in _examples("skills_create"):
        skill = api.send("skills_create", files=_multipart(example)).json()["id"]
        for again in _examples("skills_versions_create"):
            api.send("skills_versions_create", files=_multipart(again), path={"skill_id": skill})
        api.send("skills_list", params={"limit": 1})
        api.send("skills_retrieve", path={"skill_id": skill})
        versions = api.send("skills_versions_list", path={"skill_id": skill}).json()["data"]
        where = {"skill_id": skill, "version": versions[0]["version"]}
        api.send("skills_versions_retrieve", path=where)
        api.send("skills_versions_download", 400, path=where)  # beta only
        api.send("skills_versions_download", path=where, headers={"anthropic-beta": BETAS})
        for version in versions:
            api.send("skills_versions_delete", path={"skill_id": skill, "version": version["id"]})
        api.send("skills_delete", path={"skill_id": skill})
    # Errors are documented bodies too.
    api.send("models_list", 401, headers={"x-api-key": "wrong"})
    api.send("messages_create", 400, json={"model": "m", "messages": []})
    _managed_agents(api)
    _workspace_resources(api)
    _organization(api)


MA = {"anthropic-beta": "managed-agents-2026-04-01"}


def _follow(api: Checked, operation_id: str, path: dict[str, str], send: Any) -> list[str]:
    """Open an event stream, call `send()`, and read events until the session goes idle."""
    where, _, _ = _operation(operation_id)
    pointer = _response_pointer(operation_id, 200, "text/event-stream")
    seen: list[str] = []
    query = {"event_deltas[]": ["agent.message"]}  # previews are validated too
    with api.http.stream("GET", where.format(**path), headers=MA, params=query) as response:
        assert response.status_code == 200
        send()
        block: list[str] = []
        for line in response.iter_lines():
            if line:
                block.append(line)
                continue
            fields = dict(item.split(": ", 1) for item in block)
            block = []
            data = json.loads(fields["data"])
            _checker(pointer).validate(data)
            assert data["type"] == fields["event"]
            seen.append(data["type"])
            if data["type"] == "session.status_idle":
                break
    api.covered.add(operation_id)
    return seen


def _managed_agents(api: Checked) -> None:
    """Every managed-agents operation (beta only), from the document's examples."""

    def body(operation_id: str) -> Any:
        return _examples(operation_id)[0]

    assert api.send("agents_create", 400, json=body("agents_create")).status_code == 400
    env = api.send(
        "environments_create",
        json={**body("environments_create"), "config": {"type": "self_hosted"}},
        headers=MA,
    ).json()["id"]
    agent = api.send("agents_create", json=body("agents_create"), headers=MA).json()
    agent_id = agent["id"]
    api.send(
        "agents_update", path={"agent_id": agent_id}, json={"version": 1, "name": "b"}, headers=MA
    )
    versions = api.send("agents_versions_list", path={"agent_id": agent_id}, headers=MA).json()
    assert [v["version"] for v in versions["data"]] == [1, 2]
    api.send("agents_retrieve", path={"agent_id": agent_id}, headers=MA)
    api.send("agents_list", params={"limit": 1}, headers=MA)
    session = api.send(
        "sessions_create", json={"agent": agent_id, "environment_id": env}, headers=MA
    ).json()["id"]
    at = {"session_id": session}
    api.send("sessions_retrieve", path=at, headers=MA)
    api.send("sessions_update", path=at, json={"title": "t"}, headers=MA)
    api.send(
        "sessions_list",
        params={"statuses[]": ["idle"], "created_at[gte]": "2020-01-01T00:00:00Z"},
        headers=MA,
    )
    message = {"type": "user.message", "content": [{"type": "text", "text": "hi"}]}

    def send() -> None:
        api.send("sessions_events_send", path=at, json={"events": [message]}, headers=MA)

    assert _follow(api, "sessions_events_stream", at, send)[-1] == "session.status_idle"
    threads = api.send("sessions_threads_list", path=at, headers=MA).json()["data"]
    thread = {**at, "thread_id": threads[0]["id"]}
    assert _follow(api, "sessions_threads_events_stream", thread, send)[0] == "user.message"
    api.send("sessions_events_list", path=at, params={"types[]": ["agent.message"]}, headers=MA)
    api.each(thread, MA, "sessions_threads", "events_list", "retrieve", "archive")
    api.send("sessions_threads_retrieve", 404, path={**at, "thread_id": "sthr_none"}, headers=MA)
    resource = api.send(
        "sessions_resources_add", path=at, json=body("sessions_resources_add"), headers=MA
    ).json()["id"]
    on = {**at, "resource_id": resource}
    api.each(on, MA, "sessions_resources", "list", "retrieve")
    api.send(
        "sessions_resources_update", path=on, json=body("sessions_resources_update"), headers=MA
    )
    api.send("sessions_resources_delete", path=on, headers=MA)
    # The work queue of the self-hosted environment holds the session's work item.
    queue = {"environment_id": env}
    work = api.send(
        "environments_work_poll", path=queue, params={"block_ms": 10}, headers=MA
    ).json()
    assert work["data"] == {"type": "session", "id": session}
    item = {**queue, "work_id": work["id"]}
    api.each(item, MA, "environments_work", "stats", "ack")
    beat = {"expected_last_heartbeat": "NO_HEARTBEAT"}
    api.send("environments_work_heartbeat", path=item, params=beat, headers=MA)
    api.send("environments_work_heartbeat", 412, path=item, params=beat, headers=MA)
    api.send("environments_work_update", path=item, json={"metadata": {"k": "v"}}, headers=MA)
    api.each(item, MA, "environments_work", "retrieve", "list")
    api.send("environments_work_stop", path=item, json={"force": True}, headers=MA)
    assert api.send("environments_work_poll", path=queue, headers=MA).json() is None
    # Deployments and their runs.
    deployment = api.send(
        "deployments_create",
        json={**body("deployments_create"), "agent": agent_id, "environment_id": env},
        headers=MA,
    ).json()["id"]
    dep = {"deployment_id": deployment}
    api.send("deployments_retrieve", path=dep, headers=MA)
    api.send("deployments_update", path=dep, json={"name": "n"}, headers=MA)
    api.each(dep, MA, "deployments", "list", "pause", "unpause")
    run = api.send("deployments_run", path=dep, headers=MA).json()["id"]
    api.send("deployment_runs_list", params={"deployment_id": deployment}, headers=MA)
    api.send("deployment_runs_retrieve", path={"deployment_run_id": run}, headers=MA)
    api.send("deployments_archive", path=dep, headers=MA)
    # Archive and delete.
    api.send("agents_archive", path={"agent_id": agent_id}, headers=MA)
    api.each(at, MA, "sessions", "archive", "delete")
    api.send("sessions_retrieve", 404, path=at, headers=MA)
    api.send("environments_retrieve", path=queue, headers=MA)
    api.send("environments_update", path=queue, json={"name": "n"}, headers=MA)
    api.each(queue, MA, "environments", "list", "archive", "delete")


def _workspace_resources(api: Checked) -> None:
    """Memory stores, vaults, tunnels, dreams, user profiles (beta) and legacy completions."""

    def body(operation_id: str) -> Any:
        return _examples(operation_id)[0]

    def create(prefix: str, key: str, headers: dict[str, str], **path: str) -> dict[str, str]:
        """`<prefix>_create` from the document's example: the path ids of what it made."""
        made = api.send(
            f"{prefix}_create", path=path, json=body(f"{prefix}_create"), headers=headers
        )
        return {**path, key: made.json()["id"]}

    for example in _examples("completions_create"):
        api.send("completions_create", json=example)
        api.send("completions_create", json={**example, "stream": True})
    mem = {"anthropic-beta": "agent-memory-2026-07-22"}
    at = create("memory_stores", "memory_store_id", mem)
    api.send("memory_stores_list", params={"created_at[gte]": "2020-01-01T00:00:00Z"}, headers=mem)
    api.send("memory_stores_retrieve", path=at, headers=mem)
    api.send("memory_stores_update", path=at, json={"description": ""}, headers=mem)
    on = create("memory_stores_memories", "memory_id", mem, **at)
    api.send("memory_stores_memories_list", path=at, params={"depth": 1}, headers=mem)
    api.send("memory_stores_memories_retrieve", path=on, headers=mem)
    api.send("memory_stores_memories_update", path=on, json={"content": "new"}, headers=mem)
    api.send("memory_stores_memories_delete", path=on, headers=mem)
    versions = api.send("memory_stores_memory_versions_list", path=at, headers=mem).json()["data"]
    version = {**at, "memory_version_id": versions[-1]["id"]}
    api.each(version, mem, "memory_stores_memory_versions", "retrieve", "redact")
    api.each(at, mem, "memory_stores", "archive", "delete")

    v = create("vaults", "vault_id", MA)
    api.each(v, MA, "vaults", "list", "retrieve")
    api.send("vaults_update", path=v, json={"display_name": "n"}, headers=MA)
    c = create("vaults_credentials", "credential_id", MA, **v)
    api.each(c, MA, "vaults_credentials", "list", "retrieve")
    api.send("vaults_credentials_update", path=c, json={"display_name": "n"}, headers=MA)
    api.each(c, MA, "vaults_credentials", "mcp_oauth_validate", "archive", "delete")
    api.each(v, MA, "vaults", "archive", "delete")

    tun = {"anthropic-beta": "mcp-tunnels-2026-06-22"}
    t = create("tunnels", "tunnel_id", tun)
    api.each(t, tun, "tunnels", "list", "retrieve", "reveal_token")
    api.send("tunnels_rotate_token", path=t, json={"reason": "r"}, headers=tun)
    pem = "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n"
    cert = api.send(
        "tunnels_certificates_create", path=t, json={"ca_certificate_pem": pem}, headers=tun
    ).json()
    ct = {**t, "certificate_id": cert["id"]}
    api.each(ct, tun, "tunnels_certificates", "list", "retrieve", "archive")
    api.each(t, tun, "tunnels", "archive")

    dr = {"anthropic-beta": "dreaming-2026-04-21"}
    d = create("dreams", "dream_id", dr)
    api.send("dreams_list", params={"statuses[]": ["pending"]}, headers=dr)
    api.each(d, dr, "dreams", "retrieve", "cancel")
    api.send("dreams_cancel", 409, path=d, headers=dr)
    api.send("dreams_archive", path=d, headers=dr)

    up = {"anthropic-beta": "user-profiles-2026-08-18"}
    u = create("user_profiles", "user_profile_id", up)
    api.send("user_profiles_list", params={"order": "desc"}, headers=up)
    api.send("user_profiles_retrieve", path=u, headers=up)
    api.send("user_profiles_update", path=u, json={"name": "n"}, headers=up)
    api.send("user_profiles_create_enrollment_url", path=u, headers=up)
    api.send(
        "user_profiles_action_urls_create",
        path=u,
        json=body("user_profiles_action_urls_create"),
        headers=up,
    )
    dc = {"anthropic-beta": "user-profiles-2026-09-04,google-managed-data-controls-2026-09-01"}
    api.send("user_profiles_providers_google_data_controls_retrieve", path=u, headers=dc)
    update = body("user_profiles_providers_google_data_controls_update")
    api.send("user_profiles_providers_google_data_controls_update", path=u, json=update, headers=dc)
    api.send(
        "user_profiles_providers_google_data_controls_update", 400, path=u, json={}, headers=dc
    )

    case = api.server.flag_for_review(["msg_review_1"], user_profile_id=None)
    c = {"case_id": case["id"]}
    api.send("compliance_review_cases_list", params={"status": "open", "order_by": "updated_at"})
    api.send("compliance_review_cases_retrieve", path=c)
    api.send("compliance_review_notices_list", params={"case_id": case["id"]})
    api.send("compliance_review_items_retrieve", path={"item_id": "msg_review_1"})
    respond = body("compliance_review_cases_respond")
    respond["verdicts"] = [{**respond["verdicts"][0], "item_id": "msg_review_1"}]
    api.send("compliance_review_cases_respond", path=c, json=respond)
    api.send("compliance_review_cases_respond", 400, path=c, json={"determination": "no_violation"})
    api.send("user_profiles_delete", path=u, headers=up)
    api.send("user_profiles_retrieve", 404, path=u, headers=up)


# --- the request validator agrees with jsonschema ----------------------------------------------

JSON_OPERATIONS = ["messages_create", "messages_count_tokens", "messages_batches_create"]


def _minimal(schema: dict[str, Any], depth: int = 0) -> Any:
    """The smallest instance the document's schema allows (first union member, required only)."""
    if "$ref" in schema:
        node: Any = DOC
        for part in schema["$ref"][2:].split("/"):
            node = node[part]
        return _minimal(node, depth + 1)
    if "const" in schema:
        return schema["const"]
    if "enum" in schema:
        return schema["enum"][0]
    for key in ("oneOf", "anyOf"):
        if key in schema:
            members = [m for m in schema[key] if m.get("type") != "null"] or schema[key]
            return _minimal(members[0], depth + 1)
    kind = schema.get("type", "object")
    kind = kind[0] if isinstance(kind, list) else kind
    if kind == "object":
        props = schema.get("properties", {})
        return {
            name: _minimal(props.get(name, {}), depth + 1) for name in schema.get("required", [])
        }
    if kind == "array":
        return [
            _minimal(schema.get("items", {}), depth + 1) for _ in range(schema.get("minItems", 0))
        ]
    if kind == "string":
        return "a" * max(1, schema.get("minLength", 1))
    if kind in ("integer", "number"):
        low = schema.get("minimum", schema.get("exclusiveMinimum", -1) + 1)
        return max(low, 1) if "maximum" not in schema else min(max(low, 1), schema["maximum"])
    if kind == "boolean":
        return False
    return None


def _variants(operation_id: str) -> Iterator[tuple[str, Any]]:
    """Valid candidates: the examples, the minimal instance, and the minimal instance plus each
    optional top-level property in its minimal form."""
    for index, example in enumerate(_examples(operation_id)):
        yield f"example{index}", example
    _path, _method, op = _operation(operation_id)
    schema = op["requestBody"]["content"]["application/json"]["schema"]
    resolved = _minimal({"$ref": schema["$ref"]}) if "$ref" in schema else _minimal(schema)
    yield "minimal", resolved
    node: Any = DOC
    for part in schema["$ref"][2:].split("/"):
        node = node[part]
    for name, prop in node.get("properties", {}).items():
        if name not in node.get("required", []) and name != "stream":
            yield f"+{name}", {**resolved, name: _minimal(prop)}


def _broken(instance: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[tuple[Any, ...], Any]]:
    """Copies of `instance` with one required-looking key dropped or one value of a wrong type."""
    if isinstance(instance, dict):
        for key, value in instance.items():
            dropped = copy.deepcopy(instance)
            del dropped[key]
            yield (*path, key), dropped
            for where, inner in _broken(value, (*path, key)):
                yield where, {**instance, key: inner}
            if isinstance(value, str):
                yield (*path, key), {**instance, key: 12345}
            elif isinstance(value, (int, list)) and not isinstance(value, bool):
                yield (*path, key), {**instance, key: {"not": "right"}}
    elif isinstance(instance, list):
        for index, value in enumerate(instance):
            for where, inner in _broken(value, (*path, index)):
                yield where, [*instance[:index], inner, *instance[index + 1 :]]


def _resolve(schema: dict[str, Any]) -> dict[str, Any]:
    node: Any = DOC
    for part in schema["$ref"][2:].split("/"):
        node = node[part.replace("~1", "/").replace("~0", "~")]
    return dict(node)


def _request_checks(
    operation_id: str,
) -> tuple[jsonschema.protocols.Validator, Any, dict[str, Any]]:
    """The two judges of an operation's request body: jsonschema's, and the simulator's own
    validator with the schema it applies."""
    pointer = _request_pointer(operation_id)
    return _checker(pointer), load_document().validator, _resolve({"$ref": pointer})


@pytest.mark.parametrize("operation_id", JSON_OPERATIONS)
def test_valid_requests_are_accepted_and_answered_per_the_document(operation_id: str) -> None:
    request_check, validator, schema = _request_checks(operation_id)
    tried = 0
    with _checked() as api:
        for name, body in _variants(operation_id):
            if not request_check.is_valid(body):
                continue  # a generated instance the schema still refuses (e.g. a pattern)
            tried += 1
            assert validator.validate(body, schema) is None, name
            api.send(operation_id, json=body)
    print(operation_id, "valid requests tried:", tried)
    assert tried >= 2


@pytest.mark.parametrize("operation_id", JSON_OPERATIONS)
def test_broken_requests_are_refused_with_the_field_named(operation_id: str) -> None:
    request_check, validator, schema = _request_checks(operation_id)
    refused = 0
    with _checked() as api:
        for example in _examples(operation_id):
            for _, body in _broken(example):
                ours = validator.validate(body, schema)
                theirs = request_check.is_valid(body)
                assert (ours is None) == theirs, (body, ours)
                if ours is None:
                    continue
                refused += 1
                answer = api.send(operation_id, 400, json=body).json()
                assert answer["error"]["type"] == "invalid_request_error"
                where, _ = ours
                assert answer["error"]["message"].startswith(f"{where}: " if where else "")
    print(operation_id, "broken requests refused:", refused)
    assert refused >= 5


def _organization(api: Checked) -> None:
    """The Admin API, from the document's examples, over the simulator's starting records."""
    api.send("organization_retrieve")
    user = api.send("organization_users_list", params={"roles[]": ["admin"]}).json()["data"][0]
    me = {"user_id": user["id"]}
    api.send("organization_users_retrieve", path=me)
    api.send("organization_users_update", path=me, json=_examples("organization_users_update")[0])
    invite = api.send(
        "organization_invites_create", json=_examples("organization_invites_create")[0]
    )
    found = {"invite_id": invite.json()["id"]}
    api.send("organization_invites_list", params={"statuses[]": ["pending"]})
    api.send("organization_invites_retrieve", path=found)
    api.send("organization_invites_delete", path=found)
    api.send("organization_invites_retrieve", 404, path=found)
    body = _examples("organization_workspaces_create")[0]
    space = {"workspace_id": api.send("organization_workspaces_create", json=body).json()["id"]}
    api.send("organization_workspaces_list", params={"include_archived": "true"})
    api.send("organization_workspaces_retrieve", path=space)
    api.send("organization_workspaces_update", path=space, json={"tags": {"team": "a"}})
    member = {"user_id": user["id"], "workspace_role": "workspace_developer"}
    api.send("organization_workspaces_members_add", path=space, json=member)
    api.send("organization_workspaces_members_add", 409, path=space, json=member)
    api.send("organization_workspaces_members_list", path=space)
    both = {**space, **me}
    api.send("organization_workspaces_members_retrieve", path=both)
    api.send(
        "organization_workspaces_members_update",
        path=both,
        json={"workspace_role": "workspace_admin"},
    )
    api.send("organization_workspaces_members_remove", path=both)
    api.send("organization_workspaces_members_retrieve", 404, path=both)
    limit = api.send("organization_rate_limits_list", params={"group_type": "model_group"}).json()
    where = {**space, "rate_limit_id": limit["data"][0]["id"]}
    change = _examples("organization_workspaces_rate_limits_update")[0]
    api.send("organization_workspaces_rate_limits_update", path=where, json=change)
    api.send(
        "organization_workspaces_rate_limits_list", path=space, params={"include_inherited": "true"}
    )
    api.send("organization_workspaces_archive", path=space)
    key = api.send("organization_api_keys_list", params={"status": "active"}).json()["data"][0]
    api.send("organization_api_keys_retrieve", path={"api_key_id": key["id"]})
    api.send(
        "organization_api_keys_update", path={"api_key_id": key["id"]}, json={"name": "Renamed"}
    )
    _organization_access(api, space["workspace_id"], user["id"])
    _organization_analytics(api)
    _organization_beta(api, space["workspace_id"])
    _organization_settings(api)
    api.send("organization_users_remove", path=me)


def _organization_settings(api: Checked) -> None:
    """The beta-only Admin API resources: Claude Code settings, Claude tag, plugins, spend limits."""
    cc = {"anthropic-beta": "ce-claude-code-managed-settings-2026-10-06"}
    ms = "organization_claude_code_managed_settings_"
    api.send(ms + "configuration_retrieve", headers=cc)
    api.send(ms + "configuration_update", headers=cc, json={"mode": {"type": "rbac_groups"}})
    api.send(ms + "rbac_group_default_retrieve", headers=cc)
    api.send(ms + "rbac_group_default_update", headers=cc, json={"settings": {"a": 1}})
    group = api.send("organization_rbac_groups_create", json={"name": "CC"}).json()["id"]
    where = {"rbac_group_id": group}
    api.send(ms + "rbac_groups_set", headers=cc, path=where, json={"settings": {"a": 1}})
    api.send(ms + "rbac_groups_list", headers=cc)
    api.send(ms + "rbac_groups_retrieve", headers=cc, path=where)
    api.send(ms + "rbac_groups_delete", headers=cc, path=where)
    api.send(ms + "rbac_groups_retrieve", 404, headers=cc, path=where)
    tag = {"anthropic-beta": "experimental-claude-tag-2026-10-21"}
    ct = "organization_claude_tag_"
    slack = api.send(ct + "slack_workspaces_list", headers=tag).json()["data"][0]
    ws = {"id": slack["id"]}
    api.send(ct + "slack_workspaces_retrieve", headers=tag, path=ws)
    api.send(
        ct + "slack_workspaces_update", headers=tag, path=ws, json={"settings": {"model": "m"}}
    )
    body = {"slack": {"channel_id": "C1", "workspace_id": slack["slack"]["workspace_id"]}}
    channel = {"id": api.send(ct + "slack_channels_create", headers=tag, json=body).json()["id"]}
    api.send(ct + "slack_channels_list", headers=tag, params={"slack_workspace_id": slack["id"]})
    api.send(ct + "slack_channels_retrieve", headers=tag, path=channel)
    api.send(ct + "slack_channels_update", headers=tag, path=channel, json={"settings": {}})
    bundle = {"bundle_id": api.send(ct + "bundles_list", headers=tag).json()["data"][0]["id"]}
    api.send(ct + "bundles_retrieve", headers=tag, path=bundle)
    api.send(ct + "bundles_update", headers=tag, path=bundle, json={"instructions": "Be brief."})
    target = {"type": "slack_channel", "slack_channel_id": channel["id"]}
    made = api.send(ct + "bundles_targets_create", headers=tag, path=bundle, json=target).json()
    both = {**bundle, "target_id": made["id"]}
    api.send(ct + "bundles_targets_list", headers=tag, path=bundle)
    api.send(ct + "bundles_targets_retrieve", headers=tag, path=both)
    api.send(ct + "bundles_targets_delete", headers=tag, path=both)
    api.send(ct + "slack_channels_delete", headers=tag, path=channel)
    plg = {"anthropic-beta": "ce-plugins-2026-09-01"}
    manifest = ("p/.claude-plugin/plugin.json", b'{"name": "p"}')
    plugin = api.send(
        "organization_plugins_create", headers=plg, files=[("files", manifest)]
    ).json()
    pid = {"plugin_id": plugin["id"]}
    api.send("organization_plugins_list", headers=plg)
    api.send("organization_plugins_retrieve", headers=plg, path=pid)
    version = api.send(
        "organization_plugins_versions_create", headers=plg, path=pid, files=[("files", manifest)]
    ).json()
    pv = {**pid, "version": version["id"]}
    api.send("organization_plugins_versions_list", headers=plg, path=pid)
    api.send("organization_plugins_versions_retrieve", headers=plg, path=pv)
    api.send("organization_plugins_versions_download", headers=plg, path=pv)
    api.send(
        "organization_plugins_update",
        headers=plg,
        path=pid,
        json={"served_version_id": version["id"]},
    )
    org = {**pid, "target": "organization"}
    pref = {"installation_preference": "available"}
    api.send("organization_plugins_installation_settings_set", headers=plg, path=org, json=pref)
    api.send("organization_plugins_installation_settings_list", headers=plg, path=pid)
    api.send("organization_plugins_installation_settings_remove", headers=plg, path=org)
    api.send("organization_plugins_shares_list", headers=plg, path=pid)
    api.send("organization_plugins_delete", headers=plg, path=pid)
    mk = "organization_plugin_marketplaces_"
    market = {"marketplace_id": api.send(mk + "list", headers=plg).json()["data"][0]["id"]}
    api.send(mk + "retrieve", headers=plg, path=market)
    change = {"default_installation_preference": "required"}
    api.send(mk + "update", headers=plg, path=market, json=change)
    api.send(mk + "validate_archive", headers=plg, files=[("archive", ("m.zip", b"nope"))])
    api.send(mk + "validate_repository", headers=plg, json={"repository_url": "https://x/y"})
    limit = api.send(
        "organization_spend_limits_set", json={"amount": "100", "scope": {"type": "organization"}}
    ).json()
    reads = {"anthropic-beta": "spend-limit-reads-2026-09-26"}
    api.send(
        "organization_spend_limits_list", headers=reads, params={"scope_type[]": ["organization"]}
    )
    api.send("organization_spend_limits_retrieve", path={"spend_limit_id": limit["id"]})
    api.send("organization_spend_limits_delete", path={"spend_limit_id": limit["id"]})
    out = {"anthropic-beta": "admin-user-sign-out-2026-10-08"}
    api.send("organization_users_sign_out", 400, headers=out, path={"user_id": "user_local"})
    # users join only by accepting an invite, which no API call does: put one in the record
    colleague = {**api.send("organization_users_retrieve", path={"user_id": "user_local"}).json()}
    colleague.update(id="user_colleague", email="colleague@example.com", role="developer")
    _crud.store(api.server.state, "/v1/organizations/users", {}, colleague)
    api.send("organization_users_sign_out", headers=out, path={"user_id": "user_colleague"})


def _organization_analytics(api: Checked) -> None:
    """The Admin API's analytics reports (zeros and empty pages: the simulator records no usage)."""
    days = {"starting_date": "2026-08-01", "ending_date": "2026-08-03"}
    summaries = api.send("organization_analytics_summaries_list", params=days).json()
    assert len(summaries["data"]) == 3
    api.send("organization_analytics_summaries_list", 400, params={"starting_date": "August"})
    api.send("organization_analytics_users_list", params={"date": "2026-08-01"})
    api.send("organization_analytics_artifacts_list", params={"date": "2026-08-01"})
    for report in ("connectors", "plugins", "skills", "apps_chat_projects"):
        api.send(f"organization_analytics_{report}_list", params={**days, "order": "desc"})


def _organization_beta(api: Checked, workspace_id: str) -> None:
    """The beta-only Admin API resources, each with its default beta."""
    efs = {"anthropic-beta": "efs-2026-10-01"}
    storage = api.create("organization_external_storage_create", "external_storage_id", headers=efs)
    api.send("organization_external_storage_activate", path=storage, headers=efs)
    api.send("organization_external_storage_list", headers=efs)
    api.send("organization_external_storage_retrieve", path=storage, headers=efs)
    update = {"display_name": "Archive"}
    api.send("organization_external_storage_update", path=storage, json=update, headers=efs)
    api.send("organization_external_storage_delete", path=storage, headers=efs)
    api.send("organization_external_storage_retrieve", 404, path=storage, headers=efs)
    hooks = {"anthropic-beta": "webhooks-2026-10-07"}
    hook = api.create("organization_webhooks_create", "webhook_endpoint_id", headers=hooks)
    api.send("organization_webhooks_list", headers=hooks)
    api.send("organization_webhooks_retrieve", path=hook, headers=hooks)
    api.send("organization_webhooks_update", path=hook, json={"name": "n"}, headers=hooks)
    api.send("organization_webhooks_regenerate_signing_secret", path=hook, headers=hooks)
    api.send("organization_webhooks_delete", path=hook, headers=hooks)
    tele = {"anthropic-beta": "telemetry-destinations-2026-08-11"}
    at = api.create("organization_telemetry_destinations_create", "destination_id", headers=tele)
    api.send("organization_telemetry_destinations_list", headers=tele)
    api.send("organization_telemetry_destinations_retrieve", path=at, headers=tele)
    change = {"display_name": "Collector"}
    api.send("organization_telemetry_destinations_update", path=at, json=change, headers=tele)
    api.send("organization_telemetry_destinations_test", path=at, headers=tele)
    listed = {**at, "workspace_id": workspace_id}
    api.send("organization_telemetry_destinations_workspaces_add", path=listed, headers=tele)
    api.send("organization_telemetry_destinations_workspaces_add", 409, path=listed, headers=tele)
    api.send("organization_telemetry_destinations_workspaces_list", path=at, headers=tele)
    api.send("organization_telemetry_destinations_workspaces_remove", path=listed, headers=tele)
    api.send("organization_telemetry_destinations_delete", path=at, headers=tele)
    google = {"anthropic-beta": "google-managed-data-controls-2026-09-01"}
    project = {"project_number": "123456789"}
    api.send(
        "organization_providers_google_projects_data_controls_retrieve",
        path=project,
        headers=google,
    )
    body = _examples("organization_providers_google_projects_data_controls_update")[0]
    api.send(
        "organization_providers_google_projects_data_controls_update",
        path=project,
        json=body,
        headers=google,
    )
    week = {"starting_at": "2026-09-01T00:00:00Z", "ending_at": "2026-09-08T00:00:00Z"}
    page = api.send("organization_analytics_cost_report_list", params={**week, "limit": 3}).json()
    assert len(page["data"]) == 3 and page["has_more"] and page["data_refreshed_at"]
    api.send("organization_analytics_usage_report_list", params=week)
    api.send("organization_analytics_user_cost_report_list", params=week)
    api.send("organization_analytics_user_usage_report_list", params=week)
    costs = {"anthropic-beta": "analytics-usage-cost-2026-08-24"}
    api.send("organization_analytics_cost_list", params=week, headers=costs)
    api.send("organization_analytics_usage_list", params=week, headers=costs)


def _organization_access(api: Checked, workspace_id: str, user_id: str) -> None:
    """Service accounts, groups, roles and compliance settings of the Admin API."""
    body = _examples("organization_service_accounts_create")[0]
    account = api.send("organization_service_accounts_create", json=body).json()["id"]
    api.send("organization_service_accounts_create", 409, json=body)
    sa = {"service_account_id": account}
    api.send("organization_service_accounts_list", params={"limit": 1})
    api.send("organization_service_accounts_retrieve", path=sa)
    api.send("organization_service_accounts_update", path=sa, json={"description": "CI"})
    join = {"workspace_id": workspace_id, "workspace_role": "workspace_developer"}
    api.send("organization_service_accounts_workspaces_add", path=sa, json=join)
    api.send("organization_service_accounts_workspaces_list", path=sa)
    both = {**sa, "workspace_id": workspace_id}
    role = {"workspace_role": "workspace_admin"}
    api.send("organization_workspaces_service_accounts_update", path=both, json=role)
    api.send("organization_workspaces_service_accounts_retrieve", path=both)
    api.send("organization_workspaces_service_accounts_list", path={"workspace_id": workspace_id})
    api.send("organization_service_accounts_workspaces_remove", path=both)
    again = {"service_account_id": account, "workspace_role": "workspace_user"}
    api.send(
        "organization_workspaces_service_accounts_add",
        path={"workspace_id": workspace_id},
        json=again,
    )
    api.send("organization_workspaces_service_accounts_remove", path=both)
    api.send("organization_service_accounts_archive", path=sa)
    group = api.send(
        "organization_rbac_groups_create", json=_examples("organization_rbac_groups_create")[0]
    )
    grp = {"rbac_group_id": group.json()["id"]}
    api.send("organization_rbac_groups_list")
    api.send("organization_rbac_groups_retrieve", path=grp)
    api.send("organization_rbac_groups_update", path=grp, json={"name": "Renamed"})
    api.send("organization_rbac_groups_members_add", path=grp, json={"user_id": user_id})
    api.send("organization_rbac_groups_members_list", path=grp)
    api.send("organization_rbac_groups_members_remove", path={**grp, "user_id": user_id})
    api.send("organization_rbac_groups_delete", path=grp)
    role_id = api.send("organization_rbac_roles_list").json()["data"][0]["id"]
    api.send("organization_rbac_roles_retrieve", path={"rbac_role_id": role_id})
    api.send("organization_rbac_roles_permissions_list", path={"rbac_role_id": role_id})
    api.send("organization_compliance_settings_retrieve")
    change = _examples("organization_compliance_settings_update")[0]
    api.send("organization_compliance_settings_update", json=change)
    _organization_keys_and_spend(api, workspace_id, account)


def _organization_keys_and_spend(api: Checked, workspace_id: str, account: str) -> None:
    """External keys, federation issuers and rules, and spend limits of the Admin API."""
    key = api.create("organization_external_keys_create", "external_key_id")
    api.send("organization_external_keys_list")
    api.send("organization_external_keys_retrieve", path=key)
    api.send("organization_external_keys_update", path=key, json={"display_name": "Primary"})
    api.send("organization_external_keys_validate", path=key)
    api.send("organization_external_keys_delete", path=key)
    body = _examples("organization_federation_issuers_create")[0]
    issuer = api.send("organization_federation_issuers_create", json=body).json()["id"]
    iss = {"federation_issuer_id": issuer}
    api.send("organization_federation_issuers_list")
    api.send("organization_federation_issuers_retrieve", path=iss)
    change = {"jwks_polling_disabled": True, "max_jwt_lifetime_seconds": 600}
    api.send("organization_federation_issuers_update", path=iss, json=change)
    body = {**_examples("organization_federation_rules_create")[0], "issuer_id": issuer}
    body["target"] = {"type": "service_account", "service_account_id": account}
    rule = api.create("organization_federation_rules_create", "federation_rule_id", json=body)
    api.send("organization_federation_rules_list", params={"issuer_id": issuer})
    api.send("organization_federation_rules_retrieve", path=rule)
    api.send(
        "organization_federation_rules_update", path=rule, json={"token_lifetime_seconds": 900}
    )
    api.send(
        "organization_federation_rules_workspaces_add",
        path=rule,
        json={"workspace_id": workspace_id},
    )
    api.send("organization_federation_rules_workspaces_list", path=rule)
    api.send(
        "organization_federation_rules_workspaces_remove",
        path={**rule, "workspace_id": workspace_id},
    )
    api.send("organization_federation_rules_archive", path=rule)
    api.send("organization_federation_issuers_archive", path=iss)
    api.send("organization_spend_limits_effective_list", params={"period[]": ["monthly"]})
    pending = api.send(
        "organization_spend_limits_increase_requests_list", params={"status[]": ["pending"]}
    )
    req = {"spend_limit_increase_request_id": pending.json()["data"][0]["id"]}
    api.send("organization_spend_limits_increase_requests_retrieve", path=req)
    body = _examples("organization_spend_limits_increase_requests_approve")[0]
    api.send("organization_spend_limits_increase_requests_approve", path=req, json=body)
    api.send("organization_spend_limits_increase_requests_deny", 409, path=req, json={})
    other = {"spend_limit_increase_request_id": pending.json()["data"][1]["id"]}
    api.send("organization_spend_limits_increase_requests_deny", path=other, json={})
