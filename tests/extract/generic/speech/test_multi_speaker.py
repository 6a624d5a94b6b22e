"""Quote speakers in reports with several speakers (issue 12), outside English: a speaker named
later only by the common noun that described them ("poursuit le commerçant", "говорит водитель"),
and a quotation alone at a report's head whose speaker the next sentence names ("C'est ainsi que
X résume ..."). generic/speech/roles.py: described_person, lead_quote_speaker.

Every sentence here is written for the test; none comes from the evaluation data.
"""

from __future__ import annotations

import pytest

from tests.extract.generic.speech.helpers import assert_spans, speech

PROBES = [
    # a describing noun, the person named next to it before (after or before the noun)
    (
        "fr",
        "« Les camions ne passent plus depuis une semaine », raconte Paul Sanou, un boulanger du quartier. "
        "« Nous avons fermé le dépôt de la gare routière hier », ajoute Awa Traoré, une infirmière. "
        "« Il ne reste plus de farine pour personne », poursuit le boulanger.",
        ["Paul Sanou", "Awa Traoré", "Paul Sanou"],
    ),
    (
        "es",
        "El maestro Andrés Carrasco llegó al albergue a medianoche. "
        '"No había agua ni mantas para los niños", contó el maestro. '
        '"Dormimos en el suelo de la capilla", dijo Marta Ibarra, vecina del barrio. '
        '"Volveremos cuando haya luz en las calles", añadió el maestro.',
        ["Andrés Carrasco", "Marta Ibarra", "Andrés Carrasco"],
    ),
    (
        "uk",
        "Водій маршрутки Петро Гончар розповів, що дорогу перекрили зранку. "
        "«Ми чекали на блокпосту майже три години», – сказала пасажирка Ірина Мельничук. "
        "«Потім нас відправили в об'їзд через поле», – каже водій.",
        ["пасажирка Ірина Мельничук", "Петро Гончар"],
    ),
    (
        "pt",
        '"Não sobrou nada da nossa loja na avenida", disse Rui Costa, 44 anos, comerciante do bairro. '
        '"Os bombeiros chegaram depois de uma hora", contou Sara Lopes, uma professora. '
        '"Vamos reabrir noutro sítio da cidade", garantiu o comerciante.',
        ["Rui Costa", "Sara Lopes", "Rui Costa"],
    ),
    # a noun no one was described by before keeps the noun
    (
        "fr",
        "« Le pont a été coupé dans la nuit de mardi », a déclaré Paul Sanou. "
        "« Personne ne nous a prévenus de rien », confie une voisine.",
        ["Paul Sanou", "voisine"],
    ),
    # a quotation alone at the head of a report: the person the next sentence names
    (
        "fr",
        "GAO, 3 avril – « Ils ont pris le bétail et brûlé les greniers du village. »\n\n"
        "C'est ainsi que Mariam Touré, 45 ans, raconte l'attaque de lundi. "
        "« Nous sommes partis à pied vers la ville », a ajouté Ali Maïga, son voisin.",
        ["Mariam Touré", "Ali Maïga"],
    ),
    (
        "ru",
        "ОДЕССА, 3 мая – «Стекла вылетели во всех квартирах нашего подъезда».\n\n"
        "Так описывает ночь жительница дома Ольга Кравец. "
        "«Мы работали до утра», – сказал спасатель Игорь Белов.",
        ["Ольга Кравец", "спасатель Игорь Белов"],
    ),
    # "a-t-il ajouté" after a sentence of the same pronoun that named someone else
    (
        "fr",
        "Le directeur de l'hôpital, Marc Dupuis, a décrit des couloirs « remplis de blessés jusqu'au soir ». "
        "Il a précisé que la cheffe du bloc, Anne Roche, avait opéré toute la nuit. "
        "« Nous manquons de sang et de sérum depuis lundi », a-t-il ajouté.",
        ["Marc Dupuis", "Marc Dupuis"],
    ),
    # a quotation ending its sentence: the next sentence's verb is no inverted attribution
    (
        "es",
        '"Cerraron la carretera a las seis de la tarde", contó el chofer Luis Peña. '
        '"Esperamos en la cuneta hasta el amanecer." '
        "La alcaldesa pidió presencia del Ejército.",
        ["chofer Luis Peña", "chofer Luis Peña"],
    ),
    # prepositional phrases closed by commas between the inverted verb and its subject
    (
        "pt",
        '"O portão do quintal voou com a explosão", contou à rádio local, através de um intérprete, '
        "Tomás Reis, de 61 anos.",
        ["Tomás Reis"],
    ),
    # a quotation further down that no words attribute is not given to a name after it
    (
        "pt",
        "A prefeitura abriu dois abrigos na cidade na terça-feira. "
        '"Faltam colchões e comida para as crianças pequenas." '
        "Maria Alves coordena um dos abrigos desde o início da semana.",
        [None],
    ),
    # a participle of saying after a comma speaks with the subject of the speech verb before it
    (
        "ar",
        'وقال الطبيب كريم منصور إن الجرحى وصلوا في الليل، مضيفا: "لم يعد لدينا دواء في الصيدلية".',
        ["الطبيب كريم منصور"],
    ),
    # a name apposed to a title after a verb-first speech verb, the name spelled like a preposition
    (
        "ar",
        "قتل شخصان في غارة على البلدة يوم السبت. وقال رئيس البلدية، علي داود، إن "
        '"المدينة تعيش في قلق منذ أيام طويلة".',
        ["رئيس البلدية، علي داود"],
    ),
    # a sentence with another speaker between two quotations hands the turn to that speaker
    (
        "fr",
        "« Les maisons ont brûlé toute la nuit », a dit Paul Roux. "
        "Le maire Jean Dupuis a affirmé que les secours étaient arrivés tard. "
        "« Nous n'avons reçu aucune aide du gouvernement depuis lundi. »",
        ["Paul Roux", "maire Jean Dupuis"],
    ),
    (
        "ru",
        "«Дома горели всю ночь», – сказал Павел Руденко. "
        "Глава района Иван Дорошенко заявил, что помощь пришла поздно. "
        "«Мы не получили ничего от властей с понедельника».",
        ["Павел Руденко", "Глава района Иван Дорошенко"],
    ),
    # ... and a follow-on quotation with no speaker between keeps the previous one
    (
        "es",
        '"Las casas ardieron toda la noche", dijo Pablo Ruiz. '
        "Los bomberos llegaron al amanecer. "
        '"No hemos recibido nada del gobierno desde el lunes."',
        ["Pablo Ruiz", "Pablo Ruiz"],
    ),
    # a military rank or an official's noun is a title: the person named by a title before
    (
        "fr",
        "Le porte-parole de la gendarmerie, le capitaine Marc Olivier, a confirmé que deux suspects "
        "étaient recherchés. « Les recherches se poursuivent dans la forêt », a déclaré l'officier.",
        ["capitaine Marc Olivier"],
    ),
    (
        "pt",
        "O comandante da defesa civil, Rui Santos, explicou que o prédio ficou destruído. "
        '"Não conseguimos entrar antes das cinco da manhã", disse o responsável.',
        ["Rui Santos"],
    ),
    # a quotation that ends its sentence inside its marks ends the sentence: the title after the
    # next speaker's sentence refers to that speaker, not to the quotation's
    (
        "pt",
        '"O fumo entrou por todas as janelas", contou Ana Lima, de 70 anos. "Saímos descalços para a rua." '
        "O chefe da proteção civil, Paulo Matos, explicou que o fogo destruiu dois andares. "
        '"Foi preciso usar uma escada muito comprida", disse o responsável.',
        ["Ana Lima", "Ana Lima", "Paulo Matos"],
    ),
    # a verb of replying is a speech verb: the quotation is the replier's, not the speaker's before
    (
        "pt",
        '"Os agentes foram atacados primeiro", disse o comandante Rui Prado. '
        '"Ninguém disparou contra eles naquela rua", rebateu Carla Nunes, moradora do bairro.',
        ["comandante Rui Prado", "Carla Nunes"],
    ),
]


@pytest.mark.parametrize(("lang", "text", "speakers"), PROBES)
def test_multi_speaker(lang: str, text: str, speakers: list[str | None]) -> None:
    result = speech(text, lang)
    assert [q.speaker for q in result.quotes] == speakers
    assert_spans(text, result)
