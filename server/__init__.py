"""QuoteTrail: the backend that finds quotations and their versions in other outlets."""

__version__ = "0.1.0"
