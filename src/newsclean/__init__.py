"""newsclean: live blogs and news articles, from raw pages to clean, structured data.

The public API is this module's ``__all__``; everything else is private.
"""
from .api import parse
from .errors import ParseError
from .model import SCHEMA, Block, Byline, Document, Media, Post, Removal

__version__ = "0.1.0"

__all__ = ["parse", "ParseError", "Document", "Post", "Byline", "Media", "Block", "Removal", "SCHEMA",
           "__version__"]
