"""Themes, city-strategy goals and partner organisations of the demo, in Finnish, Swedish and English."""

THEMES = {
    "circular-economy": {
        "fi": (
            "Kiertotalous",
            "Tavarat, materiaalit ja ruoka pysyvät käytössä pidempään: lainataan, korjataan ja jaetaan.",
        ),
        "sv": ("Cirkulär ekonomi", "Saker, material och mat används längre: vi lånar, reparerar och delar."),
        "en": (
            "Circular economy",
            "Keeping things, materials and food in use for longer: borrowing, repairing and sharing.",
        ),
    },
    "artificial-intelligence": {
        "fi": (
            "Tekoäly",
            "Miten tekoäly voi auttaa kaupunkilaisia ja kaupungin palveluja – avoimesti ja vastuullisesti.",
        ),
        "sv": (
            "Artificiell intelligens",
            "Hur artificiell intelligens kan hjälpa invånarna och stadens tjänster – öppet och ansvarsfullt.",
        ),
        "en": (
            "Artificial intelligence",
            "How artificial intelligence can help residents and city services – openly and responsibly.",
        ),
    },
    "creative-urban-space": {
        "fi": ("Luova kaupunkitila", "Tyhjät tilat, pihat ja kadut uuteen, usein väliaikaiseen käyttöön."),
        "sv": ("Kreativt stadsrum", "Tomma lokaler, gårdar och gator får ny, ofta tillfällig användning."),
        "en": ("Creative urban space", "Empty premises, yards and streets put to new, often temporary use."),
    },
    "urban-culture": {
        "fi": ("Kaupunkikulttuuri", "Taide, musiikki ja tapahtumat siellä, missä ihmiset muutenkin liikkuvat."),
        "sv": ("Stadskultur", "Konst, musik och evenemang där människor ändå rör sig."),
        "en": ("Urban culture", "Art, music and events where people go about their day anyway."),
    },
    "block-parties": {
        "fi": ("Korttelijuhlat", "Naapurit tutuiksi: juhlat, talkoot ja yhteiset pihat."),
        "sv": ("Kvartersfester", "Lär känna grannarna: fester, talkon och gemensamma gårdar."),
        "en": ("Block parties", "Getting to know the neighbours: parties, volunteer days and shared yards."),
    },
    "mobility": {
        "fi": ("Liikkuminen", "Työ- ja arkimatkat sujuvammiksi bussilla, pyörällä, kävellen ja yhteiskyydein."),
        "sv": ("Mobilitet", "Smidigare arbets- och vardagsresor med buss, cykel, till fots och med samåkning."),
        "en": ("Mobility", "Smoother trips to work and around town by bus, bike, on foot and by sharing rides."),
    },
    "rooting-students": {
        "fi": (
            "Opiskelijat juurtuvat Vaasaan",
            "Opiskelijat tutuiksi kaupungin, työnantajien ja toistensa kanssa, jotta moni jää.",
        ),
        "sv": (
            "Studerande rotar sig i Vasa",
            "Studerande lär känna staden, arbetsgivarna och varandra, så att många stannar.",
        ),
        "en": (
            "Rooting students in the city",
            "Helping students get to know the city, employers and each other, so that many stay.",
        ),
    },
    "open-governance": {
        "fi": ("Avoin hallinto", "Kaupunkilaisten ideat ja tieto suoraan valmisteluun ja päätöksentekoon."),
        "sv": ("Öppen förvaltning", "Invånarnas idéer och kunskap direkt in i beredningen och beslutsfattandet."),
        "en": ("Open governance", "Residents' ideas and knowledge straight into the city's preparation and decisions."),
    },
}

GOALS = {
    "wellbeing": {
        "fi": ("Asukkaiden hyvinvointi", "Kaupunkistrategian tavoite: vaasalaisten hyvinvointi ja terveys paranevat."),
        "sv": ("Invånarnas välfärd", "Stadsstrategins mål: vasabornas välfärd och hälsa förbättras."),
        "en": (
            "Wellbeing of residents",
            "A city strategy goal: the wellbeing and health of the people of Vaasa improve.",
        ),
    },
    "attractiveness": {
        "fi": (
            "Kaupungin vetovoima",
            "Kaupunkistrategian tavoite: Vaasa houkuttelee asukkaita, opiskelijoita, osaajia ja yrityksiä.",
        ),
        "sv": (
            "Stadens attraktionskraft",
            "Stadsstrategins mål: Vasa lockar invånare, studerande, experter och företag.",
        ),
        "en": (
            "Attractiveness of the city",
            "A city strategy goal: Vaasa draws residents, students, skilled people and companies.",
        ),
    },
    "experimentation": {
        "fi": ("Kokeilukulttuuri ja osaaminen", "Uskallus kokeilla ja kyky vastata tulevaisuuden osaamishaasteisiin."),
        "sv": ("Försökskultur och kompetens", "Modet att pröva och förmågan att möta framtidens kompetensutmaningar."),
        "en": (
            "Culture of experimentation and skills",
            "The courage to try, and the ability to meet the skills challenges of the future.",
        ),
    },
    "interaction": {
        "fi": ("Vuorovaikutus ja osallisuus", "Kaupunki tekee yhteistyötä yli organisaatio- ja toimialarajojen."),
        "sv": ("Växelverkan och delaktighet", "Staden samarbetar över gränserna mellan organisationer och sektorer."),
        "en": (
            "Interaction and participation",
            "The city works together across the boundaries of organisations and sectors.",
        ),
    },
}

# Organisations, never persons. Type first, then the name in each language.
PARTNERS = {
    "university": ("university", "Vaasan yliopisto", "Vasa universitet", "University of Vaasa"),
    "vamk": (
        "university",
        "Vaasan ammattikorkeakoulu VAMK",
        "Vasa yrkeshögskola VAMK",
        "Vaasa University of Applied Sciences VAMK",
    ),
    "novia": ("university", "Yrkeshögskolan Novia", "Yrkeshögskolan Novia", "Novia University of Applied Sciences"),
    "student-union": (
        "association",
        "Vaasan yliopiston ylioppilaskunta",
        "Studentkåren vid Vasa universitet",
        "Student Union of the University of Vaasa",
    ),
    "library": ("city_unit", "Vaasan kaupunginkirjasto", "Vasa stadsbibliotek", "Vaasa City Library"),
    "planning": ("city_unit", "Kaupunkisuunnittelu", "Stadsplaneringen", "City Planning"),
    "public-transport": ("city_unit", "Joukkoliikenne", "Kollektivtrafiken", "Public Transport"),
    "sports": ("city_unit", "Liikuntapalvelut", "Idrottstjänsterna", "Sports Services"),
    "culture": ("city_unit", "Kulttuuripalvelut", "Kulturtjänsterna", "Cultural Services"),
    "schools": ("city_unit", "Perusopetus", "Den grundläggande utbildningen", "Basic Education"),
    "elderly": ("city_unit", "Ikäihmisten palvelut", "Äldreomsorgen", "Services for Older People"),
    "street-maintenance": ("city_unit", "Katujen kunnossapito", "Gatuunderhållet", "Street Maintenance"),
    "employment": ("city_unit", "Työllisyyspalvelut", "Sysselsättningstjänsterna", "Employment Services"),
    "residents-associations": (
        "association",
        "Alueen asukasyhdistykset",
        "Områdets invånarföreningar",
        "Local residents' associations",
    ),
    "recycling-centre": (
        "company",
        "Alueellinen jätehuoltoyhtiö",
        "Det regionala avfallsbolaget",
        "The regional waste management company",
    ),
    "bus-operator": ("company", "Paikallinen linja-autoyritys", "Ett lokalt bussbolag", "A local bus company"),
    "employers": ("company", "Runsorin alueen työnantajat", "Arbetsgivarna i Runsor", "Employers in the Runsor area"),
    "small-businesses": ("company", "Keskustan yrittäjät", "Företagarna i centrum", "City centre businesses"),
    "student-housing": (
        "company",
        "Opiskelija-asuntosäätiö",
        "Studentbostadsstiftelsen",
        "The student housing foundation",
    ),
    "sitra": ("other", "Sitra", "Sitra", "Sitra, the Finnish Innovation Fund"),
    "kuntaliitto": ("other", "Kuntaliitto", "Kommunförbundet", "Association of Finnish Municipalities"),
    "parishes": ("other", "Vaasan seurakuntayhtymä", "Vasa kyrkliga samfällighet", "Vaasa parishes"),
}
