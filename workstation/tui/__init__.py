"""The review workstation: a Textual app over workstation.services (and nothing below it).

Textual reads $TEXTUAL (devtools, debug) and $TEXTUAL_LOG (a log file that would
receive everything logged) when it is first imported; both are removed here, before
any module of this package imports Textual, so no document text can be streamed to a
devtools console or written to a log file.
"""

import os

for _variable in ("TEXTUAL", "TEXTUAL_LOG"):
    os.environ.pop(_variable, None)
