"""Every failure the vault reports, each with one line a journalist can act on.

Messages never contain document text, file names from documents or secrets:
they name the object (editor, document id, table and row) and say what to do.
"""

from __future__ import annotations


class VaultError(Exception):
    """Base of all vault failures; ``str(error)`` is the one line shown to the user."""


class DecryptionFailed(VaultError):
    """An AEAD tag did not verify: wrong key, or the bytes were changed."""


class WrongPassphrase(VaultError):
    """The passphrase does not open this editor's key slot."""


class UnknownEditor(VaultError):
    """No active editor of that name exists in this vault."""


class VaultNotFound(VaultError):
    """There is no vault file at the given path."""


class VaultExists(VaultError):
    """Refuse to overwrite an existing vault on init."""


class VaultCorrupt(VaultError):
    """The file is not a vault, or SQLite reports damage."""


class VaultTampered(VaultError):
    """Authenticated data failed to verify: something was changed, moved or removed."""


class VaultBusy(VaultError):
    """Another process holds the write lock."""


class VaultWriteFailed(VaultError):
    """A change could not be written (disk full, I/O error, read-only); it was rolled back."""


class VaultChanged(VaultError):
    """Another process rotated the master key or removed this editor: unlock again."""


class VaultRolledBack(VaultError):
    """The vault went back in time (or was replaced): no change until an editor accepts it."""


class UnsafeKdfParameters(VaultError):
    """A key slot asks for absurd Argon2 parameters (a denial-of-service attempt)."""


class DocumentNotFound(VaultError):
    """No live document with that id."""


class EditorRuleViolation(VaultError):
    """An editor operation that would lock everyone out or duplicate a name."""


class VectorFormatError(VaultError):
    """Malformed input to a cryptographic format (wrong key size, short ciphertext)."""
