"""Release: rendering redacted output, true PDF redaction, the verification gate, manifests.

Pure functions over texts, spans and bytes; the vault is reached only through
``workstation.services``. PyMuPDF is used in ``pdf_engine`` alone, and only inside the
confined child process (``child``), since it parses the hostile original.
"""
