"""The attribution, hedge, opposite and name labels with a pivot other than English (de, fr,
es, ru: ``data/labels/<language>.json``), and the pivot reaching the labeller through
:func:`polyglot_news.compare_sentences`. Sentences written for this test; each row names
the label a journalist should see, and a rewording that must not carry it."""

from __future__ import annotations

import pytest

from polyglot_news.comparison.engine import compare_sentences
from polyglot_news.comparison.label_lexicon import load_lexicon
from polyglot_news.comparison.labels import label_diff
from polyglot_news.comparison.options import DiffOptions
from polyglot_news.comparison.worddiff import word_diff

LABELLED = [
    # attribution: the verb of saying changes what the source did
    ("de", "Der Minister sagte, die Grenze bleibe offen.",
     "Der Minister dementierte, die Grenze bleibe offen.", "attribution"),
    ("fr", "Le ministre a confirmé que 40 soldats étaient blessés.",
     "Le ministre a démenti que 40 soldats étaient blessés.", "attribution"),
    ("es", "El portavoz confirmó que la planta estaba cerrada.",
     "El portavoz negó que la planta estaba cerrada.", "attribution"),
    ("ru", "Министр заявил, что граница закрыта.",
     "Министр опроверг, что граница закрыта.", "attribution"),
    # hedge: a bound or a hearsay marker added
    ("de", "Bei dem Brand starben 12 Menschen.",
     "Bei dem Brand starben mindestens 12 Menschen.", "hedge"),
    ("de", "Der Täter floh in einem Auto.",
     "Der Täter floh angeblich in einem Auto.", "hedge"),
    ("fr", "L'incendie a détruit 300 maisons.",
     "L'incendie a détruit au moins 300 maisons.", "hedge"),
    ("fr", "Le suspect a quitté le pays.",
     "Le suspect a probablement quitté le pays.", "hedge"),
    ("es", "La tormenta dejó 15 heridos.",
     "La tormenta dejó al menos 15 heridos.", "hedge"),
    ("es", "El avión fue derribado por un misil.",
     "El avión fue supuestamente derribado por un misil.", "hedge"),
    ("ru", "В результате пожара пострадали 20 человек.",
     "В результате пожара пострадали около 20 человек.", "hedge"),
    # opposite: two poles of one state, no negation word
    ("de", "Der Flughafen war am Sonntag wieder geöffnet.",
     "Der Flughafen war am Sonntag geschlossen.", "opposite"),
    ("de", "Die Preise stiegen im Mai deutlich.",
     "Die Preise fielen im Mai deutlich.", "opposite"),
    ("fr", "Le pont a été rouvert lundi matin.",
     "Le pont a été fermé lundi matin.", "opposite"),
    ("fr", "Les deux alpinistes ont été retrouvés vivants.",
     "Les deux alpinistes ont été retrouvés morts.", "opposite"),
    ("es", "La frontera fue reabierta el martes.",
     "La frontera fue cerrada el martes.", "opposite"),
    ("es", "El periodista fue liberado el jueves.",
     "El periodista fue detenido el jueves.", "opposite"),
    ("ru", "Аэропорт был открыт в воскресенье.",
     "Аэропорт был закрыт в воскресенье.", "opposite"),
    ("ru", "Журналист был освобожден в четверг.",
     "Журналист был задержан в четверг.", "opposite"),
    # name: another place or person in the same place of the sentence
    ("fr", "Le navire a été touché près du port de Marseille.",
     "Le navire a été touché près du port de Toulon.", "name"),
    ("es", "La explosión ocurrió cerca del puerto de Valencia.",
     "La explosión ocurrió cerca del puerto de Bilbao.", "name"),
    ("ru", "Судно было повреждено у порта Новороссийск.",
     "Судно было повреждено у порта Туапсе.", "name"),
    # check pairs, written after the lists were fixed and measured once: 11/13 labelled (the
    # Spanish plural "subieron/bajaron" and Russian neuter "выросло/снизилось" were missing,
    # then added with their other forms), 8/8 below clean
    ("de", "Das Kraftwerk ist seit Dienstag wieder in Betrieb.",
     "Das Kraftwerk ist seit Dienstag außer Betrieb.", "opposite"),
    ("de", "Rund 300 Menschen wurden in Sicherheit gebracht.",
     "Mindestens 300 Menschen wurden in Sicherheit gebracht.", "hedge"),
    ("de", "Die Regierung bestätigte den Angriff.", "Die Regierung bestritt den Angriff.",
     "attribution"),
    ("fr", "Le feu est maîtrisé depuis mercredi soir.",
     "Le feu brûle toujours depuis mercredi soir.", "opposite"),
    ("fr", "Environ 50 personnes ont été blessées.", "Jusqu'à 50 personnes ont été blessées.",
     "hedge"),
    ("fr", "Le porte-parole a confirmé l'accord.", "Le porte-parole a nié l'accord.",
     "attribution"),
    ("fr", "Le ministre de l'Intérieur Gérald Martin a parlé.",
     "Le ministre de l'Intérieur Paul Renaud a parlé.", "name"),
    ("es", "Los precios subieron en octubre.", "Los precios bajaron en octubre.", "opposite"),
    ("es", "El fuego dejó unos 40 muertos.", "El fuego dejó más de 40 muertos.", "hedge"),
    ("es", "El embajador fue citado en Lima.", "El embajador fue citado en Quito.", "name"),
    ("ru", "Число жертв выросло до 12.", "Число жертв снизилось до 12.", "opposite"),
    ("ru", "Примерно 500 человек эвакуированы.", "Не менее 500 человек эвакуированы.", "hedge"),
    ("ru", "Министр подтвердил отставку.", "Министр опроверг отставку.", "attribution"),
]  # fmt: skip

UNLABELLED = [
    # a hedge replaced by one of its class says the same of the claim
    ("de", "Bei dem Brand starben etwa 12 Menschen.",
     "Bei dem Brand starben rund 12 Menschen.", "hedge"),
    ("fr", "L'incendie a détruit environ 300 maisons.",
     "L'incendie a détruit approximativement 300 maisons.", "hedge"),
    ("es", "La tormenta dejó al menos 15 heridos.",
     "La tormenta dejó por lo menos 15 heridos.", "hedge"),
    ("ru", "Пострадали примерно 20 человек.", "Пострадали около 20 человек.", "hedge"),
    # one state on both sides, or a pole word in a phrase that names no state
    ("de", "Der Flughafen war geschlossen und ist seit Sonntag wieder geöffnet.",
     "Der Flughafen ist seit Sonntag wieder geöffnet.", "opposite"),
    ("de", "Die Grenze bleibt offen, ein Abkommen wurde geschlossen.",
     "Die Grenze bleibt offen, ein Abkommen wurde unterzeichnet.", "opposite"),
    ("fr", "La police a ouvert une enquête lundi.",
     "La police a fermé le quartier lundi.", "opposite"),
    ("es", "La fiscalía abrió una investigación el lunes.",
     "La fiscalía cerró el caso el lunes.", "opposite"),
    ("ru", "Полиция открыла огонь по машине.", "Полиция закрыла дорогу для машины.", "opposite"),
    # a noun that is no verb of saying ("l'annonce", "la cité") is no attribution
    ("fr", "L'annonce du gouvernement est attendue mardi.",
     "La décision du gouvernement est attendue mardi.", "attribution"),
    ("fr", "Les habitants de la cité ont été évacués.",
     "Les habitants du quartier ont été évacués.", "attribution"),
    # a day or a title is no name; German capitalises every noun, so no names at all
    ("fr", "Le ministre a parlé Lundi à Paris.", "Le ministre a parlé Mardi à Paris.", "name"),
    ("es", "El Presidente habló en Madrid.", "El Ministro habló en Madrid.", "name"),
    ("de", "Das Schiff wurde im Hafen von Hamburg getroffen.",
     "Das Schiff wurde im Hafen von Bremen getroffen.", "name"),
    # check pairs (see above)
    ("de", "Der Bahnhof war geschlossen.", "Der Bahnhof war gesperrt.", "opposite"),
    ("de", "Etwa 40 Menschen starben.", "Circa 40 Menschen starben.", "hedge"),
    ("fr", "Plus de 200 maisons ont été détruites.", "Au moins 200 maisons ont été détruites.",
     "hedge"),
    ("fr", "Le pont est fermé à la circulation.", "Le pont est bouclé à la circulation.",
     "opposite"),
    ("es", "El puerto sigue cerrado.", "El puerto permanece cerrado.", "opposite"),
    ("es", "El Gobierno anunció nuevas medidas el Lunes.",
     "El Gobierno anunció nuevas medidas el Martes.", "name"),
    ("ru", "Около 30 человек пострадали.", "Порядка 30 человек пострадали.", "hedge"),
    ("ru", "По словам министра, мост закрыт.", "Как сообщил министр, мост закрыт.", "opposite"),
]  # fmt: skip


def _labels(language: str, a: str, b: str) -> tuple[str, ...]:
    return label_diff(word_diff(a, b), language=language).labels


@pytest.mark.parametrize(
    ("language", "a", "b", "label"),
    LABELLED,
    ids=[f"{row[0]}-{row[3]}-{n}" for n, row in enumerate(LABELLED)],
)
def test_label_in_the_pivot_language(language: str, a: str, b: str, label: str) -> None:
    assert label in _labels(language, a, b)


@pytest.mark.parametrize(
    ("language", "a", "b", "label"),
    UNLABELLED,
    ids=[f"{row[0]}-no-{row[3]}-{n}" for n, row in enumerate(UNLABELLED)],
)
def test_no_label_in_the_pivot_language(language: str, a: str, b: str, label: str) -> None:
    assert label not in _labels(language, a, b)


@pytest.mark.parametrize("language", ["de", "fr", "es", "ru"])
def test_every_pivot_has_the_label_lists(language: str) -> None:
    lexicon = load_lexicon(language)
    assert lexicon.attribution is not None and lexicon.hedge is not None
    assert lexicon.opposites is not None and lexicon.opposites.groups
    assert lexicon.hedge_classes and lexicon.negation is not None
    assert lexicon.case_names is (language != "de")


def test_the_pivot_reaches_the_labeller() -> None:
    """compare_sentences' ``language`` (the pipeline passes its pivot) picks the word lists:
    the same French pair is an opposite with the French pivot and not with the English one."""
    a = ["Le pont a été rouvert lundi matin.", "La circulation reprend."]
    b = ["Le pont a été fermé lundi matin.", "La circulation reprend."]
    options = DiffOptions(encoder=False)

    def labels(language: str) -> set[str]:
        pairs, _, claims = compare_sentences([("a", a), ("b", b)], language=language,
                                             options=options)  # fmt: skip
        found = {label for change in pairs[0].changes for label in change.labels}
        assert found == {label for claim in claims for label in claim.labels}
        return found

    assert "opposite" in labels("fr")
    assert "opposite" not in labels("en")
