"""Exceptions.

    ValueError
    └── ParseError          the input cannot be parsed (empty, binary, undecodable, too large, ...)
"""
from __future__ import annotations


class ParseError(ValueError):
    """The input cannot be turned into a Document; the message says why."""
