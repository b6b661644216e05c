"""Longer stories of a few flagship experiments: the same blocks in every language, so translations pair up."""

from home.demo_support import paragraphs

BODIES = {
    "runsor-express": {
        "fi": [
            ("heading", {"text": "Miksi työmatkabussi?", "level": "h2"}),
            (
                "paragraph",
                paragraphs(
                    "Runsorin työpaikka-alueelle kulkee päivittäin tuhansia työntekijöitä, mutta tavallinen "
                    "bussilinja ei sopinut vuorotyön aikoihin. Ajatushautomon ensimmäinen ratkaisu, "
                    "kimppakyytisovellus, ei toiminut – siitä opittiin, että aikataulu ratkaisee.",
                ),
            ),
            ("fact", {"value": "210", "label": "matkaa arkipäivässä ensimmäisen vuoden aikana"}),
            (
                "quote",
                {
                    "quote": "Kun bussi lähtee kymmenen minuuttia vuoron jälkeen, auto jää kotiin.",
                    "attribution": "Työmatkalaisen palaute kyselyssä",
                },
            ),
        ],
        "sv": [
            ("heading", {"text": "Varför en pendelbuss?", "level": "h2"}),
            (
                "paragraph",
                paragraphs(
                    "Tusentals anställda tar sig dagligen till arbetsplatsområdet Runsor, men den vanliga "
                    "busslinjen passade inte skiftarbetets tider. Tankesmedjans första lösning, en "
                    "samåkningsapp, fungerade inte – av den lärde vi oss att tidtabellen är avgörande.",
                ),
            ),
            ("fact", {"value": "210", "label": "resor per vardag under det första året"}),
            (
                "quote",
                {
                    "quote": "När bussen går tio minuter efter skiftet blir bilen hemma.",
                    "attribution": "En pendlares svar i enkäten",
                },
            ),
        ],
        "en": [
            ("heading", {"text": "Why a commuter bus?", "level": "h2"}),
            (
                "paragraph",
                paragraphs(
                    "Thousands of people travel to the Runsor business area every day, but the regular bus route "
                    "did not fit shift times. The think tank's first answer, a carpooling app, did not work – and "
                    "taught us that the timetable is what matters.",
                ),
            ),
            ("fact", {"value": "210", "label": "trips per weekday in the first year"}),
            (
                "quote",
                {
                    "quote": "When the bus leaves ten minutes after my shift ends, the car stays at home.",
                    "attribution": "A commuter's answer in the survey",
                },
            ),
        ],
    },
    "participatory-budget-district": {
        "fi": [
            ("heading", {"text": "Näin budjetointi eteni", "level": "h2"}),
            (
                "paragraph",
                "<ol><li>Asukkaat jättivät ideoita verkossa ja koululla pidetyssä ideaillassa.</li>"
                "<li>Kaupungin asiantuntijat arvioivat ideoiden kustannukset yhdessä ehdottajien kanssa.</li>"
                "<li>Kaikki yli 12-vuotiaat alueen asukkaat saivat äänestää verkossa tai kirjastossa.</li></ol>",
            ),
            ("fact", {"value": "1 460", "label": "asukasta äänesti"}),
        ],
        "sv": [
            ("heading", {"text": "Så gick budgeteringen till", "level": "h2"}),
            (
                "paragraph",
                "<ol><li>Invånarna lämnade idéer på nätet och på en idékväll i skolan.</li>"
                "<li>Stadens experter bedömde kostnaderna tillsammans med förslagsställarna.</li>"
                "<li>Alla invånare i området över 12 år fick rösta på nätet eller på biblioteket.</li></ol>",
            ),
            ("fact", {"value": "1 460", "label": "invånare röstade"}),
        ],
        "en": [
            ("heading", {"text": "How the budgeting went", "level": "h2"}),
            (
                "paragraph",
                "<ol><li>Residents put forward ideas online and at an idea evening at the school.</li>"
                "<li>City experts costed the ideas together with the people who proposed them.</li>"
                "<li>Every resident of the area over 12 could vote online or at the library.</li></ol>",
            ),
            ("fact", {"value": "1,460", "label": "residents voted"}),
        ],
    },
}
