"""Properties of our two ciphertext formats: round trips, and refusal of every kind of tampering.

* envelope (vault/envelope.py): ``0x01 || nonce || AES-256-GCM(body) || tag``, Binding as AD.
* chunked (vault/chunked.py): C2SP chunked encryption with ``Binding.encode()`` as context.

Exhaustive loops (every bit, every truncation) use fixed small messages; Hypothesis samples
positions in bigger ones. Plaintext for large sizes comes from a seeded PRNG, so Hypothesis
only has to choose (size, seed) and shrinks to readable examples.
"""

from __future__ import annotations

import dataclasses
import random
from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from vault import chunked, crypto, envelope
from vault.binding import Binding
from vault.errors import DecryptionFailed, VectorFormatError

C = chunked.CHUNK_BYTES
SEALED = chunked.SEALED_CHUNK_BYTES
HEADER = chunked.HEADER_BYTES
KEY = bytes(range(32))
OTHER_KEY = bytes(range(1, 33))
BINDING = Binding(
    vault_id=bytes.fromhex("5eca1e0000000000000000000000c0de"),
    table="documents",
    row="doc-0001",
    column="body",
    version=3,
)
SMALL_MESSAGE = b"meet at the usual place, 9pm"
BINDING_FIELDS = ("vault_id", "table", "row", "column", "version")
BOUNDARY_SIZES = [0, 1, 15, 16, 17, C - 1, C, C + 1, 2 * C - 1, 2 * C, 2 * C + 1, 3 * C, 100 * 1024]

SETTINGS = settings(deadline=None, max_examples=60, suppress_health_check=[HealthCheck.too_slow])
FEW = settings(deadline=None, max_examples=25, suppress_health_check=[HealthCheck.too_slow])

keys = st.binary(min_size=32, max_size=32)
texts = st.text(max_size=24)
bindings = st.builds(
    Binding,
    vault_id=st.binary(max_size=32),
    table=texts,
    row=texts,
    column=texts,
    version=st.integers(min_value=0, max_value=2**64 - 1),
)
chunked_sizes = st.one_of(
    st.integers(min_value=0, max_value=100 * 1024), st.sampled_from(BOUNDARY_SIZES)
)
seeds = st.integers(min_value=0, max_value=2**32 - 1)
piece_sizes = st.lists(st.integers(min_value=0, max_value=40_000), min_size=1, max_size=8)


def message(size: int, seed: int = 0) -> bytes:
    return random.Random(seed).randbytes(size)


def flip(data: bytes, bit: int) -> bytes:
    out = bytearray(data)
    out[bit // 8] ^= 1 << (bit % 8)
    return bytes(out)


def chunked_length(size: int) -> int:
    """Header, every full chunk but the last, then a final chunk shorter than a full one."""
    full, final = divmod(size, C)
    return HEADER + full * SEALED + final + crypto.TAG_BYTES


def split_pieces(data: bytes, sizes: list[int], max_calls: int = 2000) -> Iterator[bytes]:
    """Cut data into pieces of the given sizes, cycling; after max_calls the rest in one piece."""
    start, calls = 0, 0
    while start < len(data) and calls < max_calls:
        size = sizes[calls % len(sizes)]
        yield data[start : start + size]
        start += size
        calls += 1
    if start < len(data):
        yield data[start:]


def split_chunks(ct: bytes) -> tuple[bytes, list[bytes]]:
    """(header, sealed chunks) of a well-formed chunked ciphertext."""
    body = ct[HEADER:]
    return ct[:HEADER], [body[i : i + SEALED] for i in range(0, len(body), SEALED)]


def released_before_failure(key: bytes, context: bytes, ct: bytes, piece: int = 5000) -> bytes:
    """Everything a streaming decryptor releases from ct; asserts that it fails in the end."""
    decryptor = chunked.ChunkedDecryptor(key, context)
    released = bytearray()
    with pytest.raises(DecryptionFailed):
        for start in range(0, len(ct), piece):
            released += decryptor.update(ct[start : start + piece])
        decryptor.finish()
    with pytest.raises(DecryptionFailed):
        decryptor.update(b"more")
    return bytes(released)


def changed_binding(original: Binding, field: str, data: st.DataObject) -> Binding:
    """The same binding with exactly one field given a different value."""
    strategy = {
        "vault_id": st.binary(max_size=32),
        "version": st.integers(min_value=0, max_value=2**64 - 1),
    }.get(field, texts)
    value = data.draw(strategy.filter(lambda v: v != getattr(original, field)), label=field)
    return dataclasses.replace(original, **{field: value})


# --------------------------------------------------------------------------------------
# Round trips
# --------------------------------------------------------------------------------------


@SETTINGS
@given(key=keys, binding=bindings, plaintext=st.binary(max_size=4096))
def test_envelope_round_trip(key: bytes, binding: Binding, plaintext: bytes) -> None:
    sealed = envelope.seal(key, plaintext, binding)
    assert len(sealed) == envelope.OVERHEAD + len(plaintext)
    assert sealed[0] == envelope.FORMAT_VERSION
    assert envelope.open_sealed(key, sealed, binding) == plaintext
    assert envelope.seal(key, plaintext, binding) != sealed, "nonce must be fresh per seal"


@SETTINGS
@given(
    key=keys,
    binding=bindings,
    plaintext=st.binary(max_size=4096),
    nonce=st.binary(min_size=12, max_size=12),
)
def test_envelope_layout(key: bytes, binding: Binding, plaintext: bytes, nonce: bytes) -> None:
    sealed = envelope.seal_with_nonce(key, plaintext, binding, nonce)
    body = crypto.aes_gcm_encrypt(key, nonce, plaintext, binding.encode())
    assert sealed == bytes([envelope.FORMAT_VERSION]) + nonce + body
    assert envelope.open_sealed(key, sealed, binding) == plaintext


@SETTINGS
@given(key=keys, binding=bindings, size=chunked_sizes, seed=seeds)
def test_chunked_round_trip(key: bytes, binding: Binding, size: int, seed: int) -> None:
    plaintext = message(size, seed)
    ct = chunked.encrypt(key, binding.encode(), plaintext)
    assert len(ct) == chunked_length(size)
    assert chunked.decrypt(key, binding.encode(), ct) == plaintext
    assert chunked.encrypt(key, binding.encode(), plaintext) != ct, "salt must be fresh"


@SETTINGS
@given(
    size=chunked_sizes,
    seed=seeds,
    salt=st.binary(min_size=24, max_size=24),
    encrypt_pieces=piece_sizes,
    decrypt_pieces=piece_sizes,
)
def test_chunked_streaming_round_trip(
    size: int, seed: int, salt: bytes, encrypt_pieces: list[int], decrypt_pieces: list[int]
) -> None:
    """Streaming in any pieces equals one-shot, and only ever releases a plaintext prefix."""
    context = BINDING.encode()
    plaintext = message(size, seed)
    encryptor = chunked.ChunkedEncryptor(KEY, context, salt=salt)
    ct = b"".join(encryptor.update(p) for p in split_pieces(plaintext, encrypt_pieces))
    ct += encryptor.finish()
    assert ct == chunked.encrypt(KEY, context, plaintext, salt=salt)

    decryptor = chunked.ChunkedDecryptor(KEY, context)
    released = bytearray()
    for piece in split_pieces(ct, decrypt_pieces):
        released += decryptor.update(piece)
        assert len(released) % C == 0, "released a partial chunk before the end"
        assert plaintext.startswith(released)
    released += decryptor.finish()
    assert released == plaintext
    with pytest.raises(DecryptionFailed):
        decryptor.update(b"")  # nothing may follow the final chunk

    pieces = list(split_pieces(ct, decrypt_pieces))
    assert b"".join(chunked.decrypt_stream(KEY, context, pieces)) == plaintext


def test_chunked_encryptor_refuses_update_after_finish() -> None:
    encryptor = chunked.ChunkedEncryptor(KEY, BINDING.encode())
    encryptor.update(SMALL_MESSAGE)
    encryptor.finish()
    with pytest.raises(VectorFormatError):
        encryptor.update(b"late")


# --------------------------------------------------------------------------------------
# Bit flips
# --------------------------------------------------------------------------------------


def test_envelope_every_bit_flip_refused() -> None:
    sealed = envelope.seal(KEY, SMALL_MESSAGE, BINDING)
    for bit in range(len(sealed) * 8):
        with pytest.raises(DecryptionFailed):
            envelope.open_sealed(KEY, flip(sealed, bit), BINDING)


@pytest.mark.parametrize("size", [0, len(SMALL_MESSAGE)])
def test_chunked_every_bit_flip_refused(size: int) -> None:
    context = BINDING.encode()
    ct = chunked.encrypt(KEY, context, SMALL_MESSAGE[:size])
    for bit in range(len(ct) * 8):
        with pytest.raises(DecryptionFailed):
            chunked.decrypt(KEY, context, flip(ct, bit))


@SETTINGS
@given(plaintext=st.binary(max_size=4096), data=st.data())
def test_envelope_sampled_bit_flip_refused(plaintext: bytes, data: st.DataObject) -> None:
    sealed = envelope.seal(KEY, plaintext, BINDING)
    bit = data.draw(st.integers(min_value=0, max_value=len(sealed) * 8 - 1), label="bit")
    with pytest.raises(DecryptionFailed):
        envelope.open_sealed(KEY, flip(sealed, bit), BINDING)


@SETTINGS
@given(size=chunked_sizes, seed=seeds, data=st.data())
def test_chunked_sampled_bit_flip_refused(size: int, seed: int, data: st.DataObject) -> None:
    context = BINDING.encode()
    plaintext = message(size, seed)
    ct = chunked.encrypt(KEY, context, plaintext)
    bit = data.draw(st.integers(min_value=0, max_value=len(ct) * 8 - 1), label="bit")
    with pytest.raises(DecryptionFailed):
        chunked.decrypt(KEY, context, flip(ct, bit))
    # Streaming may release the chunks before the damaged one, never the damaged one itself.
    byte = bit // 8
    damaged_chunk = (byte - HEADER) // SEALED if byte >= HEADER else 0
    released = released_before_failure(KEY, context, flip(ct, bit))
    assert len(released) <= damaged_chunk * C
    assert plaintext.startswith(released)


# --------------------------------------------------------------------------------------
# Truncation
# --------------------------------------------------------------------------------------


def test_envelope_every_truncation_refused() -> None:
    for plaintext in (b"", SMALL_MESSAGE):
        sealed = envelope.seal(KEY, plaintext, BINDING)
        for length in range(len(sealed)):
            with pytest.raises(DecryptionFailed):
                envelope.open_sealed(KEY, sealed[:length], BINDING)


@pytest.mark.parametrize("size", [0, len(SMALL_MESSAGE), C - 1, C, C + 1, 2 * C])
def test_chunked_every_truncation_refused(size: int) -> None:
    """Every prefix fails, including the dangerous ones that end exactly on a chunk boundary."""
    context = BINDING.encode()
    ct = chunked.encrypt(KEY, context, message(size))
    for length in range(len(ct)):
        with pytest.raises(DecryptionFailed):
            chunked.decrypt(KEY, context, ct[:length])


@SETTINGS
@given(size=chunked_sizes, seed=seeds, data=st.data())
def test_chunked_sampled_truncation_refused(size: int, seed: int, data: st.DataObject) -> None:
    context = BINDING.encode()
    plaintext = message(size, seed)
    ct = chunked.encrypt(KEY, context, plaintext)
    length = data.draw(st.integers(min_value=0, max_value=len(ct) - 1), label="length")
    with pytest.raises(DecryptionFailed):
        chunked.decrypt(KEY, context, ct[:length])
    # Streaming may release every chunk that was followed by more data (the spec allows it),
    # but only genuine plaintext, in order.
    assert plaintext.startswith(released_before_failure(KEY, context, ct[:length]))


# --------------------------------------------------------------------------------------
# Wrong place (binding), wrong key
# --------------------------------------------------------------------------------------


@pytest.mark.parametrize("field", BINDING_FIELDS)
@FEW
@given(key=keys, binding=bindings, plaintext=st.binary(max_size=256), data=st.data())
def test_envelope_refused_under_other_binding(
    field: str, key: bytes, binding: Binding, plaintext: bytes, data: st.DataObject
) -> None:
    sealed = envelope.seal(key, plaintext, binding)
    with pytest.raises(DecryptionFailed):
        envelope.open_sealed(key, sealed, changed_binding(binding, field, data))


@pytest.mark.parametrize("field", BINDING_FIELDS)
@FEW
@given(key=keys, binding=bindings, size=chunked_sizes, data=st.data())
def test_chunked_refused_under_other_binding(
    field: str, key: bytes, binding: Binding, size: int, data: st.DataObject
) -> None:
    ct = chunked.encrypt(key, binding.encode(), message(size))
    other = changed_binding(binding, field, data).encode()
    with pytest.raises(DecryptionFailed):
        chunked.decrypt(key, other, ct)
    # The key commitment catches it in the header, before any chunk is released.
    assert released_before_failure(key, other, ct) == b""


@pytest.mark.parametrize("field", BINDING_FIELDS)
def test_each_binding_field_matters(field: str) -> None:
    """Fixed-example twin of the Hypothesis tests: a minimal change to each field is refused."""
    value = getattr(BINDING, field)
    if isinstance(value, bytes):
        other = dataclasses.replace(BINDING, **{field: flip(value, 0)})
    elif isinstance(value, int):
        other = dataclasses.replace(BINDING, **{field: value + 1})
    else:
        other = dataclasses.replace(BINDING, **{field: value + "x"})
    with pytest.raises(DecryptionFailed):
        envelope.open_sealed(KEY, envelope.seal(KEY, SMALL_MESSAGE, BINDING), other)
    with pytest.raises(DecryptionFailed):
        chunked.decrypt(KEY, other.encode(), chunked.encrypt(KEY, BINDING.encode(), SMALL_MESSAGE))


def test_wrong_key_refused() -> None:
    with pytest.raises(DecryptionFailed):
        envelope.open_sealed(OTHER_KEY, envelope.seal(KEY, SMALL_MESSAGE, BINDING), BINDING)
    ct = chunked.encrypt(KEY, BINDING.encode(), message(2 * C + 5))
    with pytest.raises(DecryptionFailed):
        chunked.decrypt(OTHER_KEY, BINDING.encode(), ct)
    assert released_before_failure(OTHER_KEY, BINDING.encode(), ct) == b""


@settings(deadline=None, max_examples=200)
@given(first=bindings, second=bindings)
def test_binding_encoding_is_injective(first: Binding, second: Binding) -> None:
    assume(first != second)
    assert first.encode() != second.encode()


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (Binding(b"", "ab", "c", "d"), Binding(b"", "a", "bc", "d")),
        (Binding(b"a", "", "b", "c"), Binding(b"", "a", "b", "c")),
        (Binding(b"", "a\x00", "b", "c"), Binding(b"", "a", "\x00b", "c")),
        (Binding(b"", "t", "r", "c", 1), Binding(b"", "t", "r", "c", 256)),
    ],
)
def test_binding_no_concatenation_collisions(first: Binding, second: Binding) -> None:
    assert first.encode() != second.encode()


# --------------------------------------------------------------------------------------
# Chunk reordering, duplication, extension
# --------------------------------------------------------------------------------------

MULTI = message(3 * C + 100, seed=7)  # chunks 0, 1, 2 full; chunk 3 short and final


@pytest.fixture(scope="module")
def multi_chunk() -> tuple[bytes, bytes, list[bytes]]:
    ct = chunked.encrypt(KEY, BINDING.encode(), MULTI, salt=bytes(range(24)))
    header, chunks = split_chunks(ct)
    assert len(chunks) == 4 and len(chunks[3]) < SEALED
    return ct, header, chunks


def first_difference(changed: list[bytes], chunks: list[bytes]) -> int:
    """Index of the first position where the tampered chunk list departs from the original."""
    return next(
        (k for k, (a, b) in enumerate(zip(changed, chunks, strict=False)) if a != b),
        min(len(changed), len(chunks)),
    )


def assert_refused(ct: bytes, first_bad_chunk: int) -> None:
    """Refused one-shot and streaming; streaming releases at most the untouched chunks."""
    context = BINDING.encode()
    first_bad_chunk = min(first_bad_chunk, 3)  # chunk 3 is the short final one
    with pytest.raises(DecryptionFailed):
        chunked.decrypt(KEY, context, ct)
    for piece in (1000, SEALED, len(ct) or 1):
        released = released_before_failure(KEY, context, ct, piece)
        assert len(released) <= first_bad_chunk * C
        assert MULTI.startswith(released)


def test_multi_chunk_fixture_is_valid(multi_chunk: tuple[bytes, bytes, list[bytes]]) -> None:
    ct, _, _ = multi_chunk
    assert chunked.decrypt(KEY, BINDING.encode(), ct) == MULTI


@pytest.mark.parametrize(("i", "j"), [(i, j) for i in range(4) for j in range(i + 1, 4)])
def test_swapped_chunks_refused(
    multi_chunk: tuple[bytes, bytes, list[bytes]], i: int, j: int
) -> None:
    _, header, chunks = multi_chunk
    swapped = list(chunks)
    swapped[i], swapped[j] = swapped[j], swapped[i]
    assert_refused(header + b"".join(swapped), first_bad_chunk=i)


@pytest.mark.parametrize(("i", "j"), [(i, j) for i in range(4) for j in range(4) if i != j])
def test_duplicated_chunk_in_place_of_another_refused(
    multi_chunk: tuple[bytes, bytes, list[bytes]], i: int, j: int
) -> None:
    _, header, chunks = multi_chunk
    changed = list(chunks)
    changed[j] = chunks[i]
    assert_refused(header + b"".join(changed), first_bad_chunk=j)


@pytest.mark.parametrize("i", range(4))
@pytest.mark.parametrize("at", range(5))
def test_inserted_duplicate_chunk_refused(
    multi_chunk: tuple[bytes, bytes, list[bytes]], i: int, at: int
) -> None:
    _, header, chunks = multi_chunk
    changed = [*chunks[:at], chunks[i], *chunks[at:]]
    assert_refused(header + b"".join(changed), first_difference(changed, chunks))


@pytest.mark.parametrize("i", range(4))
def test_dropped_chunk_refused(multi_chunk: tuple[bytes, bytes, list[bytes]], i: int) -> None:
    _, header, chunks = multi_chunk
    assert_refused(header + b"".join(chunks[:i] + chunks[i + 1 :]), first_bad_chunk=i)


def test_appended_chunks_refused(multi_chunk: tuple[bytes, bytes, list[bytes]]) -> None:
    ct, _, chunks = multi_chunk
    key, base_nonce, _ = chunked.derive(KEY, ct[: chunked.SALT_BYTES], BINDING.encode())
    # A genuinely encrypted chunk at the next index: only the length rule can reject it.
    next_chunk = crypto.aes_gcm_encrypt(key, chunked.chunk_nonce(base_nonce, 4), b"more", b"")
    next_empty = crypto.aes_gcm_encrypt(key, chunked.chunk_nonce(base_nonce, 4), b"", b"")
    for extra in (*chunks, next_chunk, next_empty, b"\x00", bytes(crypto.TAG_BYTES)):
        assert_refused(ct + extra, first_bad_chunk=3)


def test_final_chunk_replaced_by_full_chunk_refused(
    multi_chunk: tuple[bytes, bytes, list[bytes]],
) -> None:
    """Ending on a validly encrypted *full* chunk at the right index is still truncation."""
    ct, header, chunks = multi_chunk
    key, base_nonce, _ = chunked.derive(KEY, ct[: chunked.SALT_BYTES], BINDING.encode())
    full_final = crypto.aes_gcm_encrypt(key, chunked.chunk_nonce(base_nonce, 3), bytes(C), b"")
    assert_refused(header + b"".join(chunks[:3]) + full_final, first_bad_chunk=3)


def test_spliced_header_refused(multi_chunk: tuple[bytes, bytes, list[bytes]]) -> None:
    """Chunks of one message under the header of another (same key and binding)."""
    _, _, chunks = multi_chunk
    other_header, _ = split_chunks(chunked.encrypt(KEY, BINDING.encode(), MULTI))
    assert_refused(other_header + b"".join(chunks), first_bad_chunk=0)


# --------------------------------------------------------------------------------------
# Misuse of the primitives is refused, never turned into undecryptable output
# --------------------------------------------------------------------------------------


def test_chunked_encryptor_refuses_second_finish() -> None:
    encryptor = chunked.ChunkedEncryptor(KEY, BINDING.encode())
    encryptor.update(SMALL_MESSAGE)
    encryptor.finish()
    with pytest.raises(VectorFormatError):
        encryptor.finish()


def test_chunked_encryptor_refuses_bad_salt_size() -> None:
    for salt_size in (0, 23, 25):
        with pytest.raises(VectorFormatError):
            chunked.ChunkedEncryptor(KEY, BINDING.encode(), salt=bytes(salt_size))


def test_envelope_refuses_short_aes_keys() -> None:
    for key_size in (16, 24):
        with pytest.raises(VectorFormatError):
            envelope.seal(bytes(key_size), SMALL_MESSAGE, BINDING)


def test_envelope_refuses_bad_nonce_size() -> None:
    for nonce_size in (8, 16):
        with pytest.raises(VectorFormatError):
            envelope.seal_with_nonce(KEY, SMALL_MESSAGE, BINDING, bytes(nonce_size))
