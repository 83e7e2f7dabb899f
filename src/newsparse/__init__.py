"""newsparse: archived Chinese news and think-tank documents to clean, typed records.

>>> import newsparse
>>> article = newsparse.parse_file("seeds/002_6277ebebd8b1f93f.txt")
>>> article.title
'美日韓會談 憂心北韓以武器換取俄國回報'
"""

from newsparse.api import parse, parse_file
from newsparse.batch import parse_many
from newsparse.errors import ParseError
from newsparse.model import Article, DateCandidate, Dateline, Image, Link, Result
from newsparse.options import ParseOptions

__all__ = [
    "Article",
    "DateCandidate",
    "Dateline",
    "Image",
    "Link",
    "ParseError",
    "ParseOptions",
    "Result",
    "parse",
    "parse_file",
    "parse_many",
]
__version__ = "0.1.0"
