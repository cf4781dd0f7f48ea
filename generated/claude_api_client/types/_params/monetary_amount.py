# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypedDict

from .currency import Currency


class MonetaryAmount(TypedDict):
    """
    An amount of money in a currency.
    """

    currency: Currency
    """
    Currency code.
    """
    amount: str
    """
    Amount, in the currency's minor units as a decimal string.
    """
