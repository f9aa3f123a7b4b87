"""Documents in: reading files and formats (txt, md, html, pdf) into dated source text."""
