from __future__ import annotations

import copy
import pickle

from claude_api_client._core._types import NOT_GIVEN, NotGiven, Omit, omit, strip_not_given


def test_not_given_is_a_falsy_singleton() -> None:
    assert not NOT_GIVEN
    assert repr(NOT_GIVEN) == "NOT_GIVEN"
    assert NotGiven() is NOT_GIVEN
    assert copy.deepcopy(NOT_GIVEN) is NOT_GIVEN
    assert pickle.loads(pickle.dumps(NOT_GIVEN)) is NOT_GIVEN


def test_omit_is_a_falsy_singleton() -> None:
    assert not omit
    assert repr(omit) == "omit"
    assert Omit() is omit
    assert pickle.loads(pickle.dumps(omit)) is omit


def test_strip_not_given_keeps_none_and_falsy_values() -> None:
    given = {"a": 1, "b": NOT_GIVEN, "c": None, "d": 0, "e": ""}
    assert strip_not_given(given) == {"a": 1, "c": None, "d": 0, "e": ""}
    assert strip_not_given(None) == {}
