"""The matching itself: a request that differs from the cassette's does not replay."""

from __future__ import annotations

from dataclasses import replace

import pytest
from vcr.errors import CannotOverwriteExistingCassetteException
from vcr.request import Request

from claude_api_client import APIConnectionError

from ._replay import Run, call, replay, sync_client
from ._vcr import body_matcher
from ._wire import BY_NAME


def _req(body: bytes, content_type: str = "application/json") -> Request:
    return Request("POST", "https://api.anthropic.com/v1/x", body, {"content-type": content_type})


def test_json_is_compared_semantically() -> None:
    body_matcher(_req(b'{"a":1,"b":[true]}'), _req(b'{ "b": [true], "a": 1.0 }'))
    with pytest.raises(AssertionError):
        body_matcher(_req(b'{"a":true}'), _req(b'{"a":1}'))
    with pytest.raises(AssertionError):
        body_matcher(_req(b'{"a":1}'), _req(b'{"a":1,"b":null}'))


def test_multipart_is_compared_bytewise_modulo_boundary() -> None:
    one = b'--aaa\r\nContent-Disposition: form-data; name="f"\r\n\r\nx\r\n--aaa--\r\n'
    two = one.replace(b"aaa", b"bbb")
    body_matcher(
        _req(one, "multipart/form-data; boundary=aaa"),
        _req(two, "multipart/form-data; boundary=bbb"),
    )
    with pytest.raises(AssertionError):
        body_matcher(
            _req(one, "multipart/form-data; boundary=aaa"),
            _req(two.replace(b"x", b"y"), "multipart/form-data; boundary=bbb"),
        )


@pytest.mark.parametrize(
    ("name", "change"),
    [("messages/create", {"max_tokens": 7}), ("models/list", {"limit": 3})],
    ids=["a different body", "a different query"],
)
def test_a_different_request_does_not_replay(name: str, change: dict[str, int]) -> None:
    scenario = BY_NAME[name]
    changed = replace(scenario, args={**scenario.args, **change})
    run = Run()
    # The transport's own exception arrives wrapped like any connection failure.
    with pytest.raises(APIConnectionError) as caught:
        with replay(scenario, run):
            call(sync_client(run), changed)
    assert isinstance(caught.value.__cause__, CannotOverwriteExistingCassetteException)
