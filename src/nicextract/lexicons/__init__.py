"""Lexicons read from ``patterns/``: one module per kind of data."""
