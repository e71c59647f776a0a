"""Metadata of a Vietnamese official document from its cleaned text: :func:`extract_metadata`.

One module per part of the document: :mod:`.header` (the "Số:" and place-date lines) with
:mod:`.numbers` and :mod:`.dates`, :mod:`.issuer`, :mod:`.title`, :mod:`.cites`,
:mod:`.signer`, and :mod:`.reports` for news pages about a document; :mod:`.text` holds the line
splitting and letter case they share, :mod:`.extract` puts them together.
"""
from ingest.metadata.extract import extract_metadata

__all__ = ["extract_metadata"]
