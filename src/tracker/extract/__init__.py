"""Commitment and ask extraction (rule-based, pure Python).

``extract(body, published_on)`` returns :class:`ExtractedItem` objects in
document order; see docs/extraction.md.
"""

from .core import extract
from .model import ExtractedItem

__all__ = ["ExtractedItem", "extract"]
