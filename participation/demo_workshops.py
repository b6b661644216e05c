"""Demo workshops in Finnish, Swedish and English: upcoming and past, with seats left, one full with a waitlist and
one whose sign-ups a moderator approves. Dates are set relative to the day of loading, so there is always something
to sign up for. Sign-ups use fictional names and example.com addresses; venues are generic rooms, no addresses.
"""

import uuid
from datetime import timedelta
from zoneinfo import ZoneInfo

from django.utils import timezone
from wagtail.models import Site

from home.demo_support import add_translated_page, paragraphs, stream

from .models import SignupState, WorkshopIndexPage, WorkshopPage, WorkshopSignup

HELSINKI = ZoneInfo("Europe/Helsinki")
DEMO_SIGNUPS = uuid.UUID("0b8e6a54-3f0e-4b8a-9f3c-5d1c1e7a2b10")

INDEX = {
    "fi": {
        "title": "Työpajat",
        "slug": "tyopajat",
        "show_in_menus": True,
        "introduction": "Ajatushautomoiden ja kokeilujalostamon työpajat ovat avoimia kaikille. Ilmoittaudu mukaan "
        "ilman tunnuksia – paikkoja on rajoitetusti.",
    },
    "sv": {
        "title": "Workshoppar",
        "slug": "workshoppar",
        "show_in_menus": True,
        "introduction": "Tankesmedjornas och försöksverkstadens workshoppar är öppna för alla. Anmäl dig utan att "
        "skapa konto – antalet platser är begränsat.",
    },
    "en": {
        "title": "Workshops",
        "slug": "workshops",
        "show_in_menus": True,
        "introduction": "The workshops of the think tanks and the experiment refinery are open to everyone. Sign up "
        "without an account – seats are limited.",
    },
}


def at(days, hour, minute=0):
    """Return a time `days` from today at hour:minute in Finnish time."""
    day = timezone.localtime(timezone.now(), HELSINKI).date() + timedelta(days=days)
    return timezone.datetime(day.year, day.month, day.day, hour, minute, tzinfo=HELSINKI)


def body(key, texts):
    return {code: stream(key, [("paragraph", paragraphs(*parts))]) for code, parts in texts.items()}


def workshops():
    """Return (content, facts, sign-ups) of each demo workshop; facts are computed at loading time."""
    return [
        (
            {
                "fi": {
                    "title": "Kiertotalouden ideapaja",
                    "slug": "kiertotalouden-ideapaja",
                    "introduction": "Miten vaasalaiset voisivat lainata, korjata ja kierrättää enemmän? Intergalaktinen "
                    "ajatushautomo kutsuu ideoimaan kokeiluja arjen kiertotalouteen.",
                    "venue": "Kaupungintalo, juhlasali",
                    "accessibility_details": "Esteetön sisäänkäynti pääovelta, hissi toiseen kerrokseen. "
                    "Esteetön wc aulan vieressä.",
                },
                "sv": {
                    "title": "Idéverkstad om cirkulär ekonomi",
                    "slug": "ideverkstad-cirkular-ekonomi",
                    "introduction": "Hur kunde vi i Vasa låna, reparera och återvinna mer? Den intergalaktiska "
                    "tankesmedjan bjuder in till att hitta på försök med cirkulär ekonomi i vardagen.",
                    "venue": "Stadshuset, festsalen",
                    "accessibility_details": "Tillgänglig entré genom huvuddörren, hiss till andra våningen. "
                    "Tillgänglig toalett invid aulan.",
                },
                "en": {
                    "title": "Circular economy idea workshop",
                    "slug": "circular-economy-idea-workshop",
                    "introduction": "How could people in Vaasa borrow, repair and recycle more? The Intergalactic "
                    "think tank invites you to come up with experiments in everyday circular economy.",
                    "venue": "City Hall, banquet hall",
                    "accessibility_details": "Step-free entrance through the main door, lift to the first floor. "
                    "Accessible toilet next to the lobby.",
                },
            },
            {
                "starts_at": at(21, 17),
                "ends_at": at(21, 19, 30),
                "capacity": 25,
                "languages": ["fi", "sv"],
                "step_free_access": True,
                "induction_loop": True,
            },
            [SignupState.CONFIRMED] * 6,
        ),
        (
            {
                "fi": {
                    "title": "Korttelijuhlat omalle kadulle – suunnittelutyöpaja",
                    "slug": "korttelijuhlat-suunnittelutyopaja",
                    "introduction": "Haaveiletko juhlista oman korttelisi pihalla tai kadulla? Suunnitellaan yhdessä, "
                    "miten korttelijuhla järjestetään helposti ja mistä kaupunki voi auttaa.",
                    "venue": "Kaupunginkirjasto, ryhmätila Kaisla",
                    "accessibility_details": "Sisäänkäynnillä on kaksi porrasta ja luiska. Tilassa ei ole "
                    "induktiosilmukkaa.",
                },
                "sv": {
                    "title": "Kvartersfest på din egen gata – planeringsverkstad",
                    "slug": "kvartersfest-planeringsverkstad",
                    "introduction": "Drömmer du om en fest på gården eller gatan i ditt kvarter? Vi planerar "
                    "tillsammans hur man enkelt ordnar en kvartersfest och hur staden kan hjälpa till.",
                    "venue": "Stadsbiblioteket, grupprummet Kaisla",
                    "accessibility_details": "Två trappsteg och en ramp vid entrén. Rummet har ingen hörslinga.",
                },
                "en": {
                    "title": "A block party on your own street – planning workshop",
                    "slug": "block-party-planning-workshop",
                    "introduction": "Dreaming of a party in your block's yard or street? Let's plan together how "
                    "to organise a block party easily, and where the city can help.",
                    "venue": "City Library, group room Kaisla",
                    "accessibility_details": "Two steps and a ramp at the entrance. The room has no induction loop.",
                },
            },
            {
                "starts_at": at(10, 18),
                "ends_at": at(10, 20),
                "capacity": 4,
                "languages": ["fi", "sv", "en"],
                "step_free_access": True,
                "induction_loop": False,
            },
            [SignupState.CONFIRMED] * 4 + [SignupState.WAITLISTED] * 2,
        ),
        (
            {
                "fi": {
                    "title": "Tekoäly kaupungin palveluissa – opiskelijoiden kokeilujalostamo",
                    "slug": "tekoaly-kokeilujalostamo",
                    "introduction": "Alue- ja hallintotieteen opiskelijat jalostavat ideoita tekoälyn käytöstä "
                    "kaupungin asiakaspalvelussa. Mukaan otetaan opiskelijoita ja kaupungin henkilöstöä: "
                    "ilmoittautumiset hyväksytään, jotta ryhmä on monipuolinen.",
                    "venue": "Yliopiston kampus, luentosali 2",
                    "accessibility_details": "Esteetön kulku, induktiosilmukka luentosalissa.",
                },
                "sv": {
                    "title": "Artificiell intelligens i stadens tjänster – försöksverkstad för studerande",
                    "slug": "ai-forsoksverkstad",
                    "introduction": "Studerande i regional- och förvaltningsvetenskap förädlar idéer om hur "
                    "artificiell intelligens kan användas i stadens kundtjänst. Studerande och stadens personal "
                    "deltar: anmälningarna godkänns så att gruppen blir mångsidig.",
                    "venue": "Universitetets campus, föreläsningssal 2",
                    "accessibility_details": "Tillgänglig entré, hörslinga i föreläsningssalen.",
                },
                "en": {
                    "title": "Artificial intelligence in city services – student experiment refinery",
                    "slug": "ai-experiment-refinery",
                    "introduction": "Students of regional and administrative sciences refine ideas on using "
                    "artificial intelligence in the city's customer service. Students and city staff take part: "
                    "sign-ups are approved so that the group is varied.",
                    "venue": "University campus, lecture hall 2",
                    "accessibility_details": "Step-free access, induction loop in the lecture hall.",
                },
            },
            {
                "starts_at": at(28, 13),
                "ends_at": at(28, 16),
                "capacity": 15,
                "languages": ["en", "fi"],
                "step_free_access": True,
                "induction_loop": True,
                "requires_approval": True,
                "online_url": "https://meet.example.fi/kokeilujalostamo-tekoaly",
            },
            [SignupState.CONFIRMED] * 3 + [SignupState.PENDING] * 3,
        ),
        (
            {
                "fi": {
                    "title": "Runsor Express – kerro kokemuksesi työmatkabussista",
                    "slug": "runsor-express-palaute",
                    "introduction": "Työmatkabussireitin kokeilu on käynnissä. Etätilaisuudessa kuulemme matkustajien, "
                    "työnantajien ja liikennöitsijän kokemuksia ja mietimme, miten reittiä kehitetään.",
                    "venue": "",
                },
                "sv": {
                    "title": "Runsor Express – berätta om dina erfarenheter av arbetsresebussen",
                    "slug": "runsor-express-respons",
                    "introduction": "Försöket med busslinjen för arbetsresor pågår. På distansmötet hör vi "
                    "resenärernas, arbetsgivarnas och trafikföretagets erfarenheter och funderar på hur linjen "
                    "kan utvecklas.",
                    "venue": "",
                },
                "en": {
                    "title": "Runsor Express – tell us about the commuter bus",
                    "slug": "runsor-express-feedback",
                    "introduction": "The commuter bus route experiment is under way. In this online session we hear "
                    "from passengers, employers and the operator, and think about how to develop the route.",
                    "venue": "",
                },
            },
            {
                "starts_at": at(14, 16),
                "ends_at": at(14, 17, 30),
                "capacity": 60,
                "languages": ["fi", "sv", "en"],
                "online_url": "https://meet.example.fi/runsor-express",
            },
            [SignupState.CONFIRMED] * 2,
        ),
        (
            {
                "fi": {
                    "title": "Luova kaupunkitila – kävelykierros ja työpaja",
                    "slug": "luova-kaupunkitila",
                    "introduction": "Kävelimme keskustan tyhjillään olevien tilojen ohi ja ideoimme, miten niistä "
                    "saataisiin kaupunkikulttuurin näyttämöitä.",
                    "venue": "Kauppatori, kohtaamispaikka suihkulähteellä",
                },
                "sv": {
                    "title": "Kreativt stadsrum – promenad och workshop",
                    "slug": "kreativt-stadsrum",
                    "introduction": "Vi promenerade förbi tomma lokaler i centrum och spånade på hur de kunde bli "
                    "scener för stadskultur.",
                    "venue": "Salutorget, mötesplats vid fontänen",
                },
                "en": {
                    "title": "Creative urban space – walk and workshop",
                    "slug": "creative-urban-space",
                    "introduction": "We walked past empty premises in the centre and came up with ideas for turning "
                    "them into stages for urban culture.",
                    "venue": "Market Square, meeting point at the fountain",
                },
            },
            {
                "starts_at": at(-45, 16),
                "ends_at": at(-45, 19),
                "capacity": 20,
                "languages": ["fi", "sv"],
            },
            [SignupState.ATTENDED] * 5 + [SignupState.CANCELLED],
        ),
        (
            {
                "fi": {
                    "title": "Opiskelijat juurtumaan Vaasaan",
                    "slug": "opiskelijat-juurtumaan",
                    "introduction": "Opiskelijat, viranhaltijat ja valtuutetut pohtivat yhdessä, mikä saisi "
                    "opiskelijat jäämään Vaasaan valmistumisen jälkeen.",
                    "venue": "Kaupungintalo, valtuustosali",
                },
                "sv": {
                    "title": "Studerande som rotar sig i Vasa",
                    "slug": "studerande-rotar-sig",
                    "introduction": "Studerande, tjänsteinnehavare och fullmäktigeledamöter funderade tillsammans på "
                    "vad som kunde få studerande att stanna i Vasa efter examen.",
                    "venue": "Stadshuset, fullmäktigesalen",
                },
                "en": {
                    "title": "Rooting students in Vaasa",
                    "slug": "rooting-students",
                    "introduction": "Students, civil servants and councillors considered together what would make "
                    "students stay in Vaasa after graduating.",
                    "venue": "City Hall, council chamber",
                },
            },
            {
                "starts_at": at(-120, 14),
                "ends_at": at(-120, 17),
                "capacity": 40,
                "languages": ["fi", "sv", "en"],
                "step_free_access": True,
                "induction_loop": True,
            },
            [SignupState.ATTENDED] * 8,
        ),
    ]


GROUPS = ["student", "resident", "association", "city_staff", "company", "university", "councillor"]
LANGUAGES = ["fi", "sv", "en"]


def add_demo_signups(workshop, states):
    """Add fictional sign-ups to a workshop that has none, in arrival order."""
    if workshop.signups().exists():
        return 0
    start = timezone.now() - timedelta(days=30)
    for number, state in enumerate(states, start=1):
        WorkshopSignup.objects.create(
            workshop=workshop,
            public_id=uuid.uuid5(DEMO_SIGNUPS, f"{workshop.slug}/{number}"),
            state=state,
            name=f"Demo-osallistuja {number}",
            email=f"osallistuja{number}.{workshop.pk}@example.com",
            stakeholder_group=GROUPS[number % len(GROUPS)],
            needs=["dietary"] if number % 3 == 0 else [],
            language=LANGUAGES[number % len(LANGUAGES)],
            created_at=start + timedelta(hours=number),
            state_changed_at=start + timedelta(hours=number),
        )
    return len(states)


def load():
    """Add the workshop listing under the home page and the demo workshops under it; return a summary."""
    home = Site.objects.get(is_default_site=True).root_page.specific
    index = add_translated_page(home, WorkshopIndexPage, INDEX)
    signups = 0
    for content, facts, states in workshops():
        workshop = add_translated_page(index, WorkshopPage, content, facts=facts)
        signups += add_demo_signups(workshop, states)
    return f"workshop listing with {len(workshops())} workshops, {signups} new demo sign-ups"
