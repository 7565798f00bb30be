"""Pure extractors: a document goes in, facts come out. No I/O, no SQL.

``extract_document`` is the one entry point the pipeline and the CLI use.
"""

from core.facts import Fact, Source, merge_facts

__all__ = ["Fact", "Source", "merge_facts", "extract_document"]


def extract_document(content, *, document, form=None, use_xbrl=True):
    """Extract every fact from one document (bytes or str of HTML/text).

    ``document`` names the document in provenance (a path or a URL). ``form`` is the EDGAR form
    type when known ("10-Q", "S-1/A", "8-K" ...); it selects which extractors apply.
    ``use_xbrl=False`` reads only what a person sees, ignoring inline XBRL tags.
    """
    from extractors.dispatch import extract_document as _extract

    return _extract(content, document=document, form=form, use_xbrl=use_xbrl)
