"""Western and Turkish morphology, and the false-hit kinds of issue-12-west (own sentences).

Romanian writes the definite article onto the name (Moldovei, Kazahstanului, Statelor Unite) and
the ending is part of the name's surface, as for Russian cases; Swedish, Danish, Norwegian and
Dutch add a genitive -s that stays outside the surface, like German (Finlands -> Finland).
"""

from __future__ import annotations

import pytest
from _glossary_hits import names_found


@pytest.mark.parametrize(
    ("lang", "text", "entity", "surface"),
    [
        ("ro", "Guvernul Ucrainei a cerut ajutor.", "ukraine", "Ucrainei"),
        ("ro", "Ambasadorul Rusiei a fost convocat.", "russia", "Rusiei"),
        ("ro", "Exporturile Kazahstanului au crescut.", "kazakhstan", "Kazahstanului"),
        ("ro", "Președintele Statelor Unite a sosit.", "united-states", "Statelor Unite"),
        ("ro", "Liderul Coreei de Nord a tras o rachetă.", "north-korea", "Coreei de Nord"),
        ("ro", "Primarul Parisului a demisionat.", "paris", "Parisului"),
        ("ro", "Guvernul Republicii Moldova a răspuns.", "moldova", "Republicii Moldova"),
        ("ro", "Prețurile Africii de Sud au scăzut.", "south-africa", "Africii de Sud"),
        ("sv", "Sveriges och Finlands regeringar möttes.", "finland", "Finland"),
        ("sv", "Rysslands armé gick in.", "russia", "Ryssland"),
        ("da", "Tysklands kansler kom til København.", "germany", "Tyskland"),
        ("nl", "Ruslands leger trok zich terug.", "russia", "Rusland"),
    ],
)
def test_articles_and_genitives(lang: str, text: str, entity: str, surface: str) -> None:
    assert (entity, surface) in names_found(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("nl", "Hij spreekt vloeiend Nederlands met een Nederlands bedrijf."),  # the adjective
        ("nl", "Wiens schuld was het?"),  # 'whose', not Vienna's (Wien)
    ],
)
def test_words_that_look_like_a_genitive_are_no_names(lang: str, text: str) -> None:
    assert names_found(text, lang) == set()
