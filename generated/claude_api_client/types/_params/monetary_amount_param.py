# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypedDict

from .currency_param import CurrencyParam


class MonetaryAmountParam(TypedDict):
    """
    An amount of money in a currency.
    """

    currency: CurrencyParam
    """
    Currency code.
    """
    amount: str
    """
    Amount, in the currency's minor units as a decimal string.
    """
