"""Commitment and ask extraction (rule-based, pure Python).

``extract(body, published_on)`` returns :class:`ExtractedItem` objects in
document order; see docs/extraction.md.

The segmentation it reads documents with is public too, so that other
readers of the same documents (the linker) see the same sentences and the
same quoted statements:

* ``sentence_spans(body)`` -> ``[(start, end), …]``, exact offsets, in order;
* ``statement_regions(body, published_on)`` -> quotations of earlier
  statements (:class:`StatementRegion`: span, the statement's date or a
  past-report flag), and ``statement_date_at(regions, pos)`` for the one
  containing an offset;
* ``topics(text)``: the subject matters a text names (trade, defence ...), which the linker
  reads to tell two reports of the same parties apart.
"""

from tracker.extract.core import extract, topics
from tracker.extract.model import ExtractedItem
from tracker.extract.sentences import split_sentences as sentence_spans
from tracker.extract.statements import StatementRegion, statement_date_at, statement_regions

__all__ = ["ExtractedItem", "StatementRegion", "extract", "sentence_spans", "statement_date_at",
           "statement_regions", "topics"]
