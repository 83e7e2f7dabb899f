"""HTML bodies to clean blocks: parsing, boilerplate rules, paragraphs, links and images."""

from newsparse.html.extract import extract_body
from newsparse.html.rules import DEFAULT_RULES, Rule, Ruler

__all__ = ["DEFAULT_RULES", "Rule", "Ruler", "extract_body"]
