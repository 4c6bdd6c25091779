"""Align two versions' sentence lists: matched, inserted, deleted, and moved sentences.

Two passes, after difflib-free fast paths: strip the common prefix and suffix of identical
sentences, then anchor on sentences that occur exactly once in each version, keeping the
longest increasing run of them (patience diff, Bram Cohen 2005), so the dynamic programme
only runs in the gaps between anchors (anchors left out of the run are moved sentences):

1. **In-order alignment** by a monotone dynamic programme in the shape of Gale & Church (1993,
   "A program for aligning sentences in bilingual corpora"), scored by similarity instead of
   length: among all order-preserving 1-1 matchings of pairs whose similarity
   (:mod:`polyglot_news.comparison.similarity`) is at least ``threshold``, take the one with the
   largest total similarity (a weighted LCS). Unmatched sentences are left over.
2. **Moves**: the leftovers of a and of b are paired by a maximum-weight bipartite matching
   (Kuhn 1955 / Munkres 1957, the Hungarian algorithm with potentials, O(n^2 m)) over pairs at
   or above ``move_threshold`` (never below ``threshold``). Every such pair crosses an in-order
   match (otherwise pass 1 would have taken it), so it is a move; a moved sentence that was
   also edited is still one move. Past :data:`HUNGARIAN_LIMIT` cells the matching is greedy
   (best pair first), a 1/2-approximation, to keep huge inputs tractable.

:func:`align` returns :class:`AlignedPair` records in order of b (deletions where they sat in
a, between their in-order neighbours); :func:`group_moves` joins moved sentences that are
consecutive in both versions, so a moved paragraph is one move.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from polyglot_news.comparison.similarity import SentenceFeatures, sentence_similarity

__all__ = [
    "HUNGARIAN_LIMIT",
    "AlignedPair",
    "align",
    "group_moves",
    "in_order",
    "max_weight_matching",
    "monotone_matching",
]

HUNGARIAN_LIMIT = 250_000
"""Leftover cells (rows x columns) above which the move pass matches greedily."""


@dataclass(frozen=True)
class AlignedPair:
    """Sentence ``a`` of version a matched to sentence ``b`` of version b (None: no partner)."""

    a: int | None
    b: int | None
    similarity: float = 0.0
    moved: bool = False


def _common_ends(fa: Sequence[SentenceFeatures], fb: Sequence[SentenceFeatures]) -> tuple[int, int]:
    """Lengths of the common prefix and suffix of identical sentences."""
    limit = min(len(fa), len(fb))
    head = 0
    while head < limit and fa[head].key == fb[head].key:
        head += 1
    tail = 0
    while tail < limit - head and fa[-1 - tail].key == fb[-1 - tail].key:
        tail += 1
    return head, tail


def _patience(pairs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Longest run of pairs increasing in both coordinates (pairs sorted by the first)."""
    tails: list[int] = []  # tails[k]: smallest b ending a run of length k + 1
    tail_at: list[int] = []  # index into pairs of that run's last pair
    back = [-1] * len(pairs)
    for k, (_, j) in enumerate(pairs):
        pos = bisect_left(tails, j)
        if pos == len(tails):
            tails.append(j)
            tail_at.append(k)
        else:
            tails[pos], tail_at[pos] = j, k
        back[k] = tail_at[pos - 1] if pos else -1
    run, k = [], tail_at[-1] if tail_at else -1
    while k != -1:
        run.append(pairs[k])
        k = back[k]
    return run[::-1]


def _anchored(
    fa: Sequence[SentenceFeatures], fb: Sequence[SentenceFeatures], threshold: float
) -> list[tuple[int, int, float]]:
    """In-order matches: unique identical sentences as anchors, the DP between them."""
    count_a = Counter(f.key for f in fa)
    count_b = Counter(f.key for f in fb)
    at_b = {f.key: j for j, f in enumerate(fb) if count_b[f.key] == 1}
    pairs = [(i, at_b[f.key]) for i, f in enumerate(fa) if count_a[f.key] == 1 and f.key in at_b]
    matches: list[tuple[int, int, float]] = []
    prev_i, prev_j = -1, -1
    for i, j in [*_patience(pairs), (len(fa), len(fb))]:
        gap = _monotone(fa[prev_i + 1 : i], fb[prev_j + 1 : j], threshold)
        matches.extend((x + prev_i + 1, y + prev_j + 1, s) for x, y, s in gap)
        if i < len(fa):
            matches.append((i, j, 1.0))
        prev_i, prev_j = i, j
    return matches


def _monotone(
    fa: Sequence[SentenceFeatures], fb: Sequence[SentenceFeatures], threshold: float
) -> list[tuple[int, int, float]]:
    """Order-preserving matching of maximum total similarity (pairs at or above threshold)."""
    n, m = len(fa), len(fb)
    if not n or not m:
        return []
    sims = [[sentence_similarity(x, y, threshold) for y in fb] for x in fa]
    score = [[0.0] * (m + 1) for _ in range(n + 1)]
    for i in range(1, n + 1):
        row, prev, sim_row = score[i], score[i - 1], sims[i - 1]
        for j in range(1, m + 1):
            best = prev[j] if prev[j] >= row[j - 1] else row[j - 1]
            s = sim_row[j - 1]
            if s >= threshold and prev[j - 1] + s > best:
                best = prev[j - 1] + s
            row[j] = best
    pairs: list[tuple[int, int, float]] = []
    i, j = n, m
    while i > 0 and j > 0:
        s = sims[i - 1][j - 1]
        if s >= threshold and score[i][j] == score[i - 1][j - 1] + s:
            pairs.append((i - 1, j - 1, s))
            i, j = i - 1, j - 1
        elif score[i][j] == score[i - 1][j]:
            i -= 1
        else:
            j -= 1
    return pairs[::-1]


def _hungarian(cost: list[list[float]]) -> list[int]:
    """Assignment of each row to a distinct column minimising cost (rows <= columns)."""
    n, m = len(cost), len(cost[0])
    inf = float("inf")
    u, v = [0.0] * (n + 1), [0.0] * (m + 1)
    owner, way = [0] * (m + 1), [0] * (m + 1)  # owner[j]: row (1-based) holding column j
    for row in range(1, n + 1):
        owner[0], col = row, 0
        minv, used = [inf] * (m + 1), [False] * (m + 1)
        while owner[col]:
            used[col] = True
            r, delta, nxt = owner[col], inf, 0
            for j in range(1, m + 1):
                if not used[j]:
                    cur = cost[r - 1][j - 1] - u[r] - v[j]
                    if cur < minv[j]:
                        minv[j], way[j] = cur, col
                    if minv[j] < delta:
                        delta, nxt = minv[j], j
            for j in range(m + 1):
                if used[j]:
                    u[owner[j]] += delta
                    v[j] -= delta
                else:
                    minv[j] -= delta
            col = nxt
        while col:
            prev = way[col]
            owner[col] = owner[prev]
            col = prev
    result = [0] * n
    for j in range(1, m + 1):
        if owner[j]:
            result[owner[j] - 1] = j - 1
    return result


def max_weight_matching(weights: Sequence[Sequence[float]]) -> list[tuple[int, int]]:
    """Pairs (row, column) of a maximum-weight matching; zero-weight cells never pair."""
    if not weights or not weights[0]:
        return []
    n, m = len(weights), len(weights[0])
    if n * m > HUNGARIAN_LIMIT:
        cells = sorted(((-w, r, c) for r, row in enumerate(weights) for c, w in enumerate(row)))
        rows: set[int] = set()
        cols: set[int] = set()
        greedy = []
        for w, r, c in cells:
            if w < 0 and r not in rows and c not in cols:
                rows.add(r)
                cols.add(c)
                greedy.append((r, c))
        return sorted(greedy)
    transpose = n > m
    grid = (
        [list(col) for col in zip(*weights, strict=True)]
        if transpose
        else [list(row) for row in weights]
    )
    assignment = _hungarian([[-w for w in row] for row in grid])
    pairs = [(r, c) for r, c in enumerate(assignment) if grid[r][c] > 0]
    return sorted((c, r) for r, c in pairs) if transpose else pairs


def _moves(
    fa: Sequence[SentenceFeatures],
    fb: Sequence[SentenceFeatures],
    left_a: list[int],
    left_b: list[int],
    threshold: float,
) -> list[tuple[int, int, float]]:
    """Pair leftover sentences of a and b as moves (maximum-weight matching)."""
    if not left_a or not left_b:
        return []
    weights = []
    for i in left_a:
        row = [sentence_similarity(fa[i], fb[j], threshold) for j in left_b]
        weights.append([s if s >= threshold else 0.0 for s in row])
    return [(left_a[r], left_b[c], weights[r][c]) for r, c in max_weight_matching(weights)]


def align(
    fa: Sequence[SentenceFeatures],
    fb: Sequence[SentenceFeatures],
    *,
    threshold: float = 0.5,
    move_threshold: float | None = None,
    moves: bool = True,
) -> tuple[AlignedPair, ...]:
    """Align sentence features of version a with version b; pairs in order of b (see module)."""
    head, tail = _common_ends(fa, fb)
    mid_a, mid_b = fa[head : len(fa) - tail], fb[head : len(fb) - tail]
    matches = [(i + head, j + head, s) for i, j, s in _anchored(mid_a, mid_b, threshold)]
    matches = (
        [(k, k, 1.0) for k in range(head)]
        + matches
        + [(len(fa) - tail + k, len(fb) - tail + k, 1.0) for k in range(tail)]
    )
    matched_a = {i for i, _, _ in matches}
    matched_b = {j for _, j, _ in matches}
    left_a = [i for i in range(len(fa)) if i not in matched_a]
    left_b = [j for j in range(len(fb)) if j not in matched_b]
    floor = max(threshold, move_threshold if move_threshold is not None else threshold)
    moved = _moves(fa, fb, left_a, left_b, floor) if moves else []
    return _sequence(matches, moved, len(fa), len(fb))


def _sequence(
    matches: list[tuple[int, int, float]],
    moved: list[tuple[int, int, float]],
    n: int,
    m: int,
) -> tuple[AlignedPair, ...]:
    """Lay out in-order matches, gaps and moves as one sequence in order of b."""
    moved_a = {i for i, _, _ in moved}
    moved_at_b = {j: (i, s) for i, j, s in moved}
    out: list[AlignedPair] = []
    prev_i, prev_j = -1, -1
    for i, j, s in [*matches, (n, m, 0.0)]:
        out.extend(AlignedPair(k, None) for k in range(prev_i + 1, i) if k not in moved_a)
        for k in range(prev_j + 1, j):
            if k in moved_at_b:
                out.append(AlignedPair(moved_at_b[k][0], k, moved_at_b[k][1], moved=True))
            else:
                out.append(AlignedPair(None, k))
        if i < n:
            out.append(AlignedPair(i, j, s))
        prev_i, prev_j = i, j
    return tuple(out)


def group_moves(pairs: Sequence[AlignedPair]) -> list[list[AlignedPair]]:
    """Runs of moved pairs consecutive in both a and b (a moved paragraph is one run)."""
    runs: list[list[AlignedPair]] = []
    for pair in pairs:
        if not pair.moved:
            continue
        last = runs[-1][-1] if runs else None
        if (
            last is not None
            and last.a is not None
            and last.b is not None
            and pair.a == last.a + 1
            and pair.b == last.b + 1
        ):
            runs[-1].append(pair)
        else:
            runs.append([pair])
    return runs


def monotone_matching(cells: Mapping[tuple[int, int], float]) -> list[tuple[int, int]]:
    """Order-preserving matching of maximum total weight over weighted ``(row, column)`` cells.

    A weighted longest common subsequence (the dynamic programme of Gale & Church 1993 with
    weights instead of length costs), on the cells given only (the pairs that may link):
    O(K^2) in their number, which stays small next to rows x columns. Ties keep the earlier
    chain; the result is in order of rows.
    """
    order = sorted((rc for rc, w in cells.items() if w > 0.0))
    best: list[float] = []
    back: list[int] = []
    for k, (r, c) in enumerate(order):
        score, prev = cells[r, c], -1
        for p in range(k):
            pr, pc = order[p]
            if pr < r and pc < c and best[p] + cells[r, c] > score:
                score, prev = best[p] + cells[r, c], p
        best.append(score)
        back.append(prev)
    if not order:
        return []
    k = max(range(len(order)), key=lambda x: (best[x], -x))
    chain = []
    while k != -1:
        chain.append(order[k])
        k = back[k]
    return chain[::-1]


def in_order(links: Sequence[tuple[tuple[int, ...], tuple[int, ...]]]) -> set[int]:
    """Indices of the links in the longest in-order chain, counted in sentences.

    A chain is increasing in both versions; among chains it maximises the number of sentences
    its links cover (ties: the earliest links), so the fewest sentences are reported moved:
    with versions [U, W, P] and [P, U, W] the chain is U, W and only P is moved. O(L^2) in
    the number of links (a dynamic programme over links sorted by a).
    """
    order = sorted(range(len(links)), key=lambda k: (links[k][0], links[k][1]))
    size = [len(links[k][0]) + len(links[k][1]) for k in order]
    best = list(size)
    back = [-1] * len(order)
    for q in range(len(order)):
        aq, bq = links[order[q]]
        for p in range(q):
            ap, bp = links[order[p]]
            if ap[-1] < aq[0] and bp[-1] < bq[0] and best[p] + size[q] > best[q]:
                best[q], back[q] = best[p] + size[q], p
    if not order:
        return set()
    q = max(range(len(order)), key=lambda k: (best[k], -k))
    chain = set()
    while q != -1:
        chain.add(order[q])
        q = back[q]
    return chain
