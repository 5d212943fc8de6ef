"""The one API the command line and the review UI share: intake, documents, editors, audit."""
