"""Tracking codes and access keys are random enough that they cannot be guessed or enumerated."""

import math
from collections import Counter

from murojaat.appeals import codes


def test_a_tracking_code_carries_60_bits_and_an_access_key_40():
    assert len(codes.ALPHABET) == len(set(codes.ALPHABET)) == 32
    code, key = codes.new_tracking_code(), codes.new_access_key()
    assert len(code) == 12 and len(key) == 8
    assert set(code + key) <= set(codes.ALPHABET)
    assert len(code) * math.log2(len(codes.ALPHABET)) == 60
    assert len(key) * math.log2(len(codes.ALPHABET)) == 40


def test_codes_come_from_the_operating_systems_random_source(monkeypatch):
    drawn = []
    real_randbits = codes.secrets.randbits

    def spy(k):
        drawn.append(k)
        return real_randbits(k)

    monkeypatch.setattr(codes.secrets, "randbits", spy)
    codes.new_tracking_code()
    codes.new_access_key()
    assert drawn == [60, 40]  # every bit of both from `secrets`, nothing from `random`


def test_codes_do_not_repeat_and_use_every_symbol_evenly():
    sample = [codes.new_tracking_code() for _ in range(20_000)]
    assert len(set(sample)) == len(sample)
    counts = Counter("".join(sample))
    expected = 20_000 * 12 / 32
    assert set(counts) == set(codes.ALPHABET)
    # Far looser than chance allows (the standard deviation is about 86): a
    # broken generator (a fixed prefix, a skewed alphabet) fails at once.
    assert all(abs(n - expected) < 8 * math.sqrt(expected) for n in counts.values())
    # Consecutive codes share no prefix beyond chance: nothing sequential.
    shared = sum(a[:3] == b[:3] for a, b in zip(sample, sample[1:], strict=False))
    assert shared < 8  # about 0.6 expected
