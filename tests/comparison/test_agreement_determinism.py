"""Term weights sum to the same float in any set order, so links and their kinds do not change
with ``PYTHONHASHSEED`` (a frozenset of strings iterates in hash order, which differs per
process)."""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys

from hypothesis import given
from hypothesis import strategies as st

from polyglot_news.comparison.agreement import TermWeights, agreement, pair_agreements
from polyglot_news.comparison.links import sentence_features, term_weights

WEIGHTS = st.dictionaries(
    st.text(min_size=1, max_size=6), st.floats(0.01, 9.0, allow_nan=False), min_size=1, max_size=30
)


@given(WEIGHTS)
def test_total_weight_is_the_exact_sum_whatever_the_order(weights: dict[str, float]) -> None:
    table = TermWeights(weights)
    assert table.of(frozenset(weights)) == math.fsum(sorted(weights.values()))


A = [
    "Prosecutors said the cyclist had admitted using a banned blood booster before the race.",
    "The federation suspended him for four years on Tuesday, a spokesman confirmed.",
    "His team apologised to fans and said it would not appeal the decision.",
]
B = [
    "The rider, who confessed to doping with EPO, received a four-year ban.",
    "A federation spokesman said on Tuesday that the suspension starts at once.",
    "The team said sorry to its supporters and will not contest the ruling.",
]


def test_pair_agreements_equal_agreement_exactly() -> None:
    fa, fb = [sentence_features(s) for s in A], [sentence_features(s) for s in B]
    weights = term_weights([fa, fb])
    found = pair_agreements(fa, fb, list(range(len(fa))), list(range(len(fb))), weights)
    for (r, c), ag in found.items():
        assert ag == agreement(fa[r].terms, fb[c].terms, weights)


SCRIPT = """
import json
from polyglot_news.comparison.agreement import pair_agreements
from polyglot_news.comparison.links import sentence_features, term_weights
A, B = json.loads(input())
fa, fb = [sentence_features(s) for s in A], [sentence_features(s) for s in B]
w = term_weights([fa, fb])
found = pair_agreements(fa, fb, list(range(len(fa))), list(range(len(fb))), w)
print(json.dumps(sorted((r, c, ag.dice.hex(), ag.cover_a.hex(), ag.extra.hex())
                        for (r, c), ag in found.items())))
"""


def test_agreements_do_not_depend_on_the_hash_seed() -> None:
    outputs = set()
    for seed in ("0", "3", "11"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        done = subprocess.run(
            [sys.executable, "-c", SCRIPT], input=json.dumps([A, B]), env=env,
            capture_output=True, text=True, check=True,
        )  # fmt: skip
        outputs.add(done.stdout)
    assert len(outputs) == 1
    assert json.loads(outputs.pop())
