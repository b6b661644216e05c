"""Demo content for resident proposals: the form and the idea board in three languages, and a queue of ideas.

The ideas are fictional, written as residents would write them, in Finnish, Swedish and English; the public
responses as a city moderator would answer. No real people: authors are initials at most, addresses are at
example.com. Loading is idempotent: each idea has a fixed reference and is created once.
"""

from datetime import timedelta

from django.apps import apps
from django.utils import timezone
from wagtail.models import Page

from home.demo_support import add_translated_page, paragraphs
from participation.models import Proposal, ProposalBoardPage, ProposalFormPage, ProposalStatus, ProposalTheme

S = ProposalStatus
T = ProposalTheme

FORM_PAGE = {
    "fi": {
        "title": "Ehdota ideaa",
        "slug": "ehdota-ideaa",
        "show_in_menus": True,
        "search_description": "Lähetä oma ideasi Vaasan kehittämiseksi – ilman tunnuksia.",
        "introduction": paragraphs(
            "Onko sinulla idea, jota Vaasassa kannattaisi kokeilla? Kerro se meille. Ajatushautomot ja "
            "kokeilujalostamo ottavat ideat käsittelyyn, ja parhaista tehdään kokeiluja.",
            "Et tarvitse tunnuksia. Nimi ja sähköpostiosoite ovat vapaaehtoisia, mutta sähköpostiin lähetämme "
            "päätöksen ideastasi.",
        ),
        "thank_you_text": paragraphs(
            "Moderaattori lukee ideasi yleensä kahden viikon kuluessa ja vie sen sen ajatushautomon käsiteltäväksi, "
            "jonka teemaan se kuuluu.",
            "Jos annoit sähköpostiosoitteesi, lähetämme päätöksen ja kaupungin vastauksen siihen. Hyväksytyt ideat "
            "julkaistaan ideataululla.",
        ),
    },
    "sv": {
        "title": "Föreslå en idé",
        "slug": "foresla-en-ide",
        "show_in_menus": True,
        "search_description": "Skicka in din egen idé för att utveckla Vasa – utan användarkonto.",
        "introduction": paragraphs(
            "Har du en idé som Vasa borde pröva? Berätta den för oss. Tankesmedjorna och försöksverkstaden "
            "behandlar idéerna, och de bästa blir försök.",
            "Du behöver inget användarkonto. Namn och e-postadress är frivilliga, men till e-postadressen skickar "
            "vi beslutet om din idé.",
        ),
        "thank_you_text": paragraphs(
            "En moderator läser vanligen din idé inom två veckor och för den vidare till den tankesmedja vars "
            "tema den hör till.",
            "Om du angav din e-postadress skickar vi beslutet och stadens svar dit. Idéer som godkänns publiceras "
            "på idétavlan.",
        ),
    },
    "en": {
        "title": "Suggest an idea",
        "slug": "suggest-an-idea",
        "show_in_menus": True,
        "search_description": "Send your own idea for developing Vaasa – no account needed.",
        "introduction": paragraphs(
            "Do you have an idea that Vaasa should try? Tell us. The think tanks and the experiment refinery "
            "take up the ideas, and the best ones become experiments.",
            "You do not need an account. Your name and e-mail address are optional, but we send the decision "
            "about your idea to that address.",
        ),
        "thank_you_text": paragraphs(
            "A moderator usually reads your idea within two weeks and takes it to the think tank whose theme it "
            "belongs to.",
            "If you gave your e-mail address, we send the decision and the city's response there. Accepted ideas "
            "are published on the idea board.",
        ),
    },
}

BOARD_PAGE = {
    "fi": {
        "title": "Ideataulu",
        "slug": "ideataulu",
        "show_in_menus": True,
        "search_description": "Asukkaiden hyväksytyt ideat ja kaupungin vastaukset niihin.",
        "introduction": paragraphs(
            "Täällä ovat asukkaiden ideat, jotka kaupunki on ottanut käsittelyyn, ja kaupungin vastaus kuhunkin. "
            "Osa ideoista on jo jalostettu kokeiluiksi: linkki vie kokeilun sivulle.",
        ),
    },
    "sv": {
        "title": "Idétavlan",
        "slug": "idetavlan",
        "show_in_menus": True,
        "search_description": "Invånarnas godkända idéer och stadens svar på dem.",
        "introduction": paragraphs(
            "Här finns de idéer från invånarna som staden har tagit upp, och stadens svar på var och en. En del "
            "idéer har redan förädlats till försök: länken leder till försökets sida.",
        ),
    },
    "en": {
        "title": "Idea board",
        "slug": "idea-board",
        "show_in_menus": True,
        "search_description": "Residents' accepted ideas and the city's responses to them.",
        "introduction": paragraphs(
            "Here are the residents' ideas that the city has taken up, with the city's response to each. Some "
            "have already been refined into experiments: the link takes you to the experiment's page.",
        ),
    },
}

# (reference, language, theme, state, days ago sent, days to decision, fields)
PROPOSALS = [
    (
        "K7QM-2XHD",
        "fi",
        T.CULTURE,
        S.ACCEPTED,
        60,
        12,
        {
            "title": "Korttelijuhlat Palosaaren puistoon",
            "description": "Palosaaressa asuu paljon opiskelijoita ja lapsiperheitä, mutta naapurit eivät juuri "
            "tunne toisiaan. Ehdotan yhteisiä korttelijuhlia puistoon elokuun lopussa: nyyttikestit, "
            "pihakirppis ja lapsille ohjelmaa. Kaupunki voisi lainata pöydät ja hoitaa jäteastiat.",
            "district": "Palosaari",
            "name": "A. K.",
            "email": "palosaaren.korttelit@example.com",
            "name_consent": True,
            "contact_consent": True,
            "public_response": "Kiitos hyvästä ideasta! Kaupunkikulttuurin ajatushautomo ottaa korttelijuhlat "
            "kokeilulistalleen. Selvitämme puiston käytön, jäteastiat ja pöytien lainaamisen yhdessä "
            "asukasyhdistyksen kanssa ja kerromme ajankohdan tällä sivulla.",
        },
    ),
    (
        "R4NX-8PTA",
        "fi",
        T.MOBILITY,
        S.ACCEPTED,
        120,
        20,
        {
            "title": "Aamubussi keskustasta Runsorin työpaikoille",
            "description": "Moni meistä ajaa aamuisin omalla autolla keskustasta Runsorin työpaikka-alueelle, "
            "koska sopivaa bussia ei ole. Suora työmatkabussi klo 7 ja 8 ja paluu iltapäivällä vähentäisi "
            "ruuhkaa ja päästöjä.",
            "district": "Runsor",
            "public_response": "Idea jalostettiin kokeilujalostamossa Runsor Express -työmatkabussikokeiluksi. "
            "Bussi kulkee arkiaamuisin keskustasta Runsorin työpaikka-alueelle ja iltapäivällä takaisin. "
            "Kokeilun tulokset julkaistaan kokeilun sivulla.",
        },
    ),
    (
        "M2HC-5WJE",
        "fi",
        T.CIRCULAR_ECONOMY,
        S.IN_REVIEW,
        9,
        None,
        {
            "title": "Kierrätyshuone opiskelija-asuntoloihin",
            "description": "Keväisin asuntoloiden roskiin päätyy ehjiä huonekaluja, astioita ja kirjoja, kun "
            "opiskelijat muuttavat pois. Jokaiseen asuntolaan voisi tehdä kierrätyshuoneen, josta syksyllä "
            "muuttavat saisivat tavarat ilmaiseksi.",
            "district": "Kampus",
            "email": "kierratys.idea@example.com",
            "contact_consent": True,
        },
    ),
    (
        "T9FB-3KZR",
        "fi",
        T.DIGITAL,
        S.NEW,
        2,
        None,
        {
            "title": "Tekoälyavustaja, joka neuvoo kaupungin palveluissa",
            "description": "Kaupungin verkkosivuilta on vaikea löytää, mihin palveluun pitää ottaa yhteyttä. "
            "Chat-avustaja voisi neuvoa suomeksi, ruotsiksi ja englanniksi ja ohjata oikealle sivulle. "
            "Kokeilun voisi aloittaa vaikka liikuntapalveluista.",
        },
    ),
    (
        "B6YD-7QVS",
        "fi",
        T.STUDENTS,
        S.DECLINED,
        90,
        25,
        {
            "title": "Kirjastoauto yliopiston kampukselle",
            "description": "Kirjastoauto voisi pysähtyä kampuksella kerran viikossa, jotta opiskelijat "
            "löytäisivät kaupunginkirjaston palvelut.",
            "district": "Kampus",
            "email": "kirjastoauto.ehdotus@example.com",
            "public_response": "Kiitos ideasta. Kirjastoautojen reitit ja pysäkit päätetään vuodeksi kerrallaan, "
            "eikä kaudelle voi lisätä uusia pysäkkejä. Välitimme idean kirjastopalveluille, jotka arvioivat "
            "reittejä uudelleen ensi syksynä.",
        },
    ),
    (
        "H3PW-9NCK",
        "fi",
        T.WELLBEING,
        S.NEEDS_INFO,
        20,
        None,
        {
            "title": "Ulkokuntosali Hietalahden rantaan",
            "description": "Rantareitillä kulkee paljon lenkkeilijöitä. Muutama ulkokuntoilulaite reitin "
            "varrelle olisi hieno lisä.",
            "district": "Hietalahti",
            "email": "rantareitti@example.com",
            "public_response": "Kiitos ideasta! Kertoisitko vielä, mihin kohtaan rantareittiä laitteet mielestäsi "
            "sopisivat ja millaisia laitteita toivoisit? Vastaa tähän viestiin, niin viemme idean eteenpäin.",
        },
    ),
    (
        "X8GA-4MTB",
        "en",
        T.OTHER,
        S.SPAM,
        5,
        1,
        {
            "title": "Best prices on watches, visit our shop",
            "description": "Cheap watches and bags delivered worldwide, visit our online shop today for offers.",
            "email": "offers@example.com",
        },
    ),
    (
        "S5VE-2HRQ",
        "sv",
        T.CULTURE,
        S.ACCEPTED,
        45,
        10,
        {
            "title": "Popup-scen på torget sommarkvällar",
            "description": "På sommarkvällarna är torget nästan tomt. En enkel scen där lokala band, körer och "
            "dansgrupper kunde uppträda på torsdagskvällar skulle locka folk till centrum.",
            "district": "Centrum",
            "name": "E. L.",
            "name_consent": True,
            "public_response": "Tack för idén! Tankesmedjan för stadskultur prövar en popup-scen på torget fyra "
            "torsdagskvällar i juli. Föreningar och band kan anmäla sig via stadens kulturtjänster i maj.",
        },
    ),
    (
        "C2KT-6DXM",
        "sv",
        T.MOBILITY,
        S.ACCEPTED,
        75,
        14,
        {
            "title": "Lånecyklar för nyinflyttade studerande",
            "description": "Många utbytesstuderande och nya studerande har ingen cykel de första veckorna. "
            "Staden kunde låna ut begagnade cyklar under hösten, till exempel från cykelverkstaden.",
            "email": "cykelide@example.com",
            "public_response": "Tack! Idén passar bra ihop med försöken kring att rota studerande i staden. Vi "
            "utreder tillsammans med högskolorna om återvunna cyklar kan lånas ut redan nästa höst.",
        },
    ),
    (
        "V7RJ-3SNA",
        "sv",
        T.CIRCULAR_ECONOMY,
        S.IN_REVIEW,
        12,
        None,
        {
            "title": "Bort med engångskärl på stadens evenemang",
            "description": "På stadens sommarevenemang blir det berg av engångsmuggar. Ett pantsystem för "
            "flergångsmuggar, som på många festivaler, skulle minska avfallet.",
        },
    ),
    (
        "Q4ZH-8BWF",
        "sv",
        T.WELLBEING,
        S.NEW,
        1,
        None,
        {
            "title": "Gemensam odlingslott i Sundom",
            "description": "Vi är några familjer som gärna skulle odla tillsammans. Kunde staden upplåta en del "
            "av den oanvända gräsplanen vid skolan för en gemensam odlingslott?",
            "district": "Sundom",
            "email": "odling.sundom@example.com",
            "contact_consent": True,
        },
    ),
    (
        "N3DF-5YGP",
        "sv",
        T.DIGITAL,
        S.DECLINED,
        100,
        30,
        {
            "title": "Digital anslagstavla för föreningar",
            "description": "En gemensam digital anslagstavla där alla föreningar kan meddela sina evenemang.",
            "public_response": "Tack för idén. Föreningarna kan redan i dag publicera sina evenemang i stadens "
            "evenemangskalender, och vi vill inte bygga en parallell tjänst. Vi gör kalendern mer synlig på "
            "webbplatsen i stället.",
        },
    ),
    (
        "W9TC-2PKE",
        "en",
        T.STUDENTS,
        S.ACCEPTED,
        30,
        8,
        {
            "title": "Welcome walks for international students",
            "description": "When I moved to Vaasa I did not know where anything was. Volunteers from local "
            "associations could guide new international students on a walk through the city in their first "
            "week: the market square, the library, the swimming hall and the shore.",
            "name": "J.",
            "name_consent": True,
            "email": "welcome.walks@example.com",
            "public_response": "Thank you, this is a lovely idea! The think tank on rooting students in the city "
            "will pilot welcome walks at the start of the autumn term together with the student unions. We "
            "will look for volunteer guides in August.",
        },
    ),
    (
        "J6AS-4RMV",
        "en",
        T.CIRCULAR_ECONOMY,
        S.ACCEPTED,
        50,
        16,
        {
            "title": "Repair café at the city library",
            "description": "A monthly evening where volunteers help people mend clothes, bikes and small "
            "electronics instead of throwing them away. The library has the space and is easy to reach.",
            "public_response": "Thank you! The circular economy think tank has taken this up: the first repair "
            "café evenings will be tried at the main library next spring. If it works, it becomes a regular "
            "event.",
        },
    ),
    (
        "F2XP-7HZD",
        "en",
        T.DIGITAL,
        S.NEW,
        3,
        None,
        {
            "title": "Open map of step-free entrances",
            "description": "An open data map that shows which public buildings have step-free entrances, lifts "
            "and accessible toilets. People could report changes, and the city could check them.",
            "email": "stepfree.map@example.com",
        },
    ),
    (
        "G8MB-3TWA",
        "en",
        T.URBAN_SPACE,
        S.IN_REVIEW,
        15,
        None,
        {
            "title": "Light art in the railway underpass",
            "description": "The underpass by the station is dark and feels unsafe in winter. Students of art "
            "and design could make a light installation there as a temporary experiment.",
        },
    ),
]


def add_pages(home):
    form_page = add_translated_page(home, ProposalFormPage, FORM_PAGE)
    board_page = add_translated_page(home, ProposalBoardPage, BOARD_PAGE)
    return form_page, board_page


def add_proposals(form_page):
    pages = {page.locale.language_code: page for page in form_page.get_translations(inclusive=True)}
    now = timezone.now()
    created = 0
    for reference, language, theme, status, days_ago, days_to_decision, fields in PROPOSALS:
        if Proposal.objects.filter(reference=reference).exists():
            continue
        submitted_at = now - timedelta(days=days_ago)
        proposal = Proposal(
            reference=reference,
            page=pages.get(language),
            language=language,
            theme=theme,
            status=status,
            submitted_at=submitted_at,
            decided_at=submitted_at + timedelta(days=days_to_decision) if days_to_decision is not None else None,
            **fields,
        )
        proposal.full_clean()
        proposal.save()
        created += 1
    return created


def link_experiments():
    """Link the commuter bus idea to the "Runsor Express" experiment once the experiments app provides it."""
    try:
        experiment_model = apps.get_model("experiments", "ExperimentPage")
    except LookupError:
        return 0
    experiment = experiment_model.objects.live().filter(title__icontains="Runsor").order_by("path").first()
    if experiment is None:
        return 0
    return Proposal.objects.filter(reference="R4NX-8PTA", experiment__isnull=True).update(
        experiment=Page.objects.get(pk=experiment.pk), status=S.REFINED
    )


def load(home):
    form_page, _board_page = add_pages(home)
    created = add_proposals(form_page)
    linked = link_experiments()
    summary = f"proposal form and idea board, {created} new demo proposals"
    if linked:
        summary += ", the commuter bus idea linked to its experiment"
    return summary
