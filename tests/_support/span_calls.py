"""The calls whose spans tests/test_span_attributes.py compares between this package and the
official one: each takes a client of either (the same signatures) and makes one call. Plain
module with no import of either package, so the official interpreter can run it too."""

from __future__ import annotations

from typing import Any

MODEL = "claude-sonnet-4-5"
MESSAGES: Any = [{"role": "user", "content": "hi"}]


def create(client: Any) -> None:
    client.messages.create(
        model=MODEL,
        max_tokens=2048,
        messages=MESSAGES,
        thinking={"type": "enabled", "budget_tokens": 1024},
        service_tier="auto",
    )


def beta_create(client: Any) -> None:
    client.beta.messages.create(
        model=MODEL,
        max_tokens=10,
        messages=MESSAGES,
        output_config={"effort": "low"},
        betas=["b-1", "b-2"],
    )


def stream(client: Any) -> None:
    for _ in client.messages.create(model=MODEL, max_tokens=10, messages=MESSAGES, stream=True):
        pass


def count_tokens(client: Any) -> None:
    client.messages.count_tokens(model=MODEL, messages=MESSAGES)


def models_list(client: Any) -> None:
    client.models.list(limit=5)


CALLS = ["create", "beta_create", "stream", "count_tokens", "models_list"]


def refused(client: Any) -> None:
    """A 400: the simulator refuses a negative `max_tokens`."""
    try:
        client.messages.create(model=MODEL, max_tokens=-1, messages=MESSAGES)
    except Exception as error:
        assert getattr(error, "status_code", None) == 400, error
    else:
        raise AssertionError("not refused")


CALLS.append("refused")


def missing_batch(client: Any) -> None:
    """A 404 on a path with an id: the id is a span attribute (`x-span-attribute`)."""
    try:
        client.messages.batches.retrieve("msgbatch_missing")
    except Exception as error:
        assert getattr(error, "status_code", None) == 404, error
    else:
        raise AssertionError("found")


CALLS.append("missing_batch")


def create_batch(client: Any) -> None:
    """A call that creates an object: its id is a span attribute (`x-span-created-id`)."""
    params = {"model": MODEL, "max_tokens": 10, "messages": MESSAGES}
    client.messages.batches.create(
        requests=[{"custom_id": "a", "params": params}, {"custom_id": "b", "params": params}]
    )


CALLS.append("create_batch")


def json_create(client: Any) -> None:
    """A reply in a JSON schema's shape: `gen_ai.output.type` is "json"."""
    schema = {"type": "object", "properties": {"a": {"type": "string"}}, "required": ["a"]}
    client.messages.create(
        model=MODEL,
        max_tokens=10,
        messages=MESSAGES,
        output_config={"format": {"type": "json_schema", "schema": schema}},
    )


CALLS.append("json_create")


def session(client: Any) -> None:
    """An environment, an agent and a session of them (the session span names both)."""
    environment = client.beta.environments.create(name="e")
    agent = client.beta.agents.create(name="a", model=MODEL)
    client.beta.sessions.create(agent=agent.id, environment_id=environment.id)


CALLS.append("session")
