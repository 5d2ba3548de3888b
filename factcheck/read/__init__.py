"""Turning a file or a URL into a Document with offsets back into the original.

Owns: decoding bytes, plain text, Markdown (front matter, blanked markup) and HTML (bs4 lives
in ``htmlpage``), fetching URLs safely (httpx lives in ``fetch``), and telling prose from
headings, datelines and page furniture. Must not: split sentences or find claims (that is
``language``). Only ``load_document`` is re-exported: the fetcher and the HTML parser load
when a URL or an HTML page needs them.
"""

from .documents import load_document

__all__ = ["load_document"]
