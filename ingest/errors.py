"""Domain exceptions for ingestion. The CLI turns them into one-line messages."""
from __future__ import annotations


class IngestError(Exception):
    """Base class: ``str(exc)`` is a short reason shown next to the file name."""


class UnreadableDocument(IngestError):
    """The file is corrupt, encrypted, empty or has no usable text: the file *failed*."""


class UnsupportedFormat(IngestError):
    """Not a document type we ingest (images, spreadsheets, .tsv ...): the file is *skipped*."""


class MissingTool(IngestError):
    """A system tool needed for this file is not installed: the file is *skipped*.

    The message names what to install, e.g. "install antiword or libreoffice to read .doc".
    """


class IndexUnusable(IngestError):
    """The index folder cannot be opened or written (exit code 2)."""
