"""The scoring rule of the held-out tables: a row's surface or that surface less an attached
affix of a closed class (tests/_surface_convention.py)."""

from __future__ import annotations

import pytest
from _surface_convention import accepted_surfaces


@pytest.mark.parametrize(
    ("lang", "surface", "stem"),
    [
        ("tr", "Bamako'da", "Bamako"),
        ("tr", "Port-au-Prince\u2019in", "Port-au-Prince"),
        ("de", "Beiruts", "Beirut"),
        ("sv", "JNIM:s", "JNIM"),
        ("en", "Greenland's", "Greenland"),
        ("fr", "l'AIEA", "AIEA"),
        ("it", "dell'M23", "M23"),
        ("ar", "لبيروت", "بيروت"),
        ("ar", "وبغداد", "بغداد"),
        ("ar", "للناتو", "الناتو"),
        ("ko", "고마의", "고마"),
        ("ko", "바마코에서는", "바마코"),
        ("ko", "안탈리아서", "안탈리아"),
    ],
)
def test_an_attached_affix_is_stripped(lang: str, surface: str, stem: str) -> None:
    assert {surface, stem} <= accepted_surfaces(surface, lang)


@pytest.mark.parametrize(
    ("lang", "surface"),
    [
        ("ru", "Курской области"),  # Slavic case forms are whole words on both sides
        ("uk", "Кишиневі"),
        ("ja", "平壌"),
        ("zh", "诺维萨德"),
        ("es", "La Habana"),  # no elision rule in Spanish
        ("de", "S"),  # a lone letter keeps itself
    ],
)
def test_other_surfaces_stand_as_written(lang: str, surface: str) -> None:
    assert accepted_surfaces(surface, lang) == {surface}
