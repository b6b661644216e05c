"""Demo content of the ground floor: the home page, the model page, the privacy notice, the accessibility statement.

Written as the city's communications team would write it, in each language; facts from the programme's public
description (shared/context/programme.md). Functional addresses only, never a person's name.
"""

from wagtail.models import Site

from .demo_support import add_translated_page, paragraphs, stream, update_translated_page
from .models import HomePage, PortalSettings, StandardPage

HOME = {
    "fi": {
        "title": "Tulevaisuuden Vaasa",
        "slug": "koti",
        "hero_text": "Ajatushautomot ja kokeilujalostamo: kehitämme Vaasaa yhdessä kaupunkilaisten kanssa – "
        "ideasta kokeiluun ja kokeilusta päätökseen.",
        "introduction": paragraphs(
            "Tulevaisuuden Vaasa tuo yhteen asukkaat, opiskelijat, yhdistykset, yritykset, korkeakoulut ja "
            "kaupungin henkilöstön. Ajatushautomoissa ideoidaan, kokeilujalostamoissa ideat jalostetaan "
            "kokeiluiksi, ja kaupunki kertoo avoimesti, mitä kokeiltiin ja mitä siitä opittiin.",
            "Voit lukea kokeiluista, ilmoittautua työpajaan tai lähettää oman ideasi. Tervetuloa mukaan!",
        ),
        "key_figures": stream(
            "home-figures",
            [
                ("figure", {"value": "≈ 40", "label": "kokeilua vuosina 2018–2019"}),
                ("figure", {"value": "166", "label": "osallistujaa kokeilujalostamoissa"}),
                ("figure", {"value": "3", "label": "kieltä: suomi, ruotsi ja englanti"}),
            ],
        ),
    },
    "sv": {
        "title": "Framtidens Vasa",
        "slug": "hem",
        "hero_text": "Tankesmedjor och försöksverkstad: vi utvecklar Vasa tillsammans med invånarna – "
        "från idé till försök och från försök till beslut.",
        "introduction": paragraphs(
            "Framtidens Vasa för samman invånare, studerande, föreningar, företag, högskolor och stadens "
            "personal. I tankesmedjorna föds idéer, i försöksverkstaden förädlas de till försök, och staden "
            "berättar öppet vad som prövades och vad man lärde sig.",
            "Du kan läsa om försöken, anmäla dig till en workshop eller skicka in din egen idé. Välkommen med!",
        ),
        "key_figures": stream(
            "home-figures",
            [
                ("figure", {"value": "≈ 40", "label": "försök åren 2018–2019"}),
                ("figure", {"value": "166", "label": "deltagare i försöksverkstäderna"}),
                ("figure", {"value": "3", "label": "språk: finska, svenska och engelska"}),
            ],
        ),
    },
    "en": {
        "title": "Future Vaasa",
        "slug": "home",
        "hero_text": "Think tanks and an experiment refinery: we develop Vaasa together with the people who live "
        "here – from idea to experiment, and from experiment to decision.",
        "introduction": paragraphs(
            "Future Vaasa brings together residents, students, associations, companies, universities and city "
            "staff. Ideas are born in the think tanks, refined into experiments in the experiment refinery, and "
            "the city reports openly on what was tried and what was learnt.",
            "Read about the experiments, sign up for a workshop or send us your own idea. Welcome aboard!",
        ),
        "key_figures": stream(
            "home-figures",
            [
                ("figure", {"value": "≈ 40", "label": "experiments in 2018–2019"}),
                ("figure", {"value": "166", "label": "participants in the experiment refineries"}),
                ("figure", {"value": "3", "label": "languages: Finnish, Swedish and English"}),
            ],
        ),
    },
}

MODEL_PAGE = {
    "fi": {
        "title": "Ajatushautomo ja kokeilujalostamo",
        "slug": "toimintamalli",
        "show_in_menus": True,
        "search_description": "Miten Vaasan ajatushautomot ja kokeilujalostamo toimivat ja mitä niistä on syntynyt.",
        "introduction": "Vaasan kaupungin toimintamalli, jossa kaupunkilaisten ideat jalostetaan kokeiluiksi "
        "ja kokeiluista opitaan yhdessä.",
        "body": stream(
            "model-body",
            [
                ("heading", {"text": "Mistä kaikki alkoi", "level": "h2"}),
                (
                    "paragraph",
                    paragraphs(
                        "Idea syntyi Sitran Kestävän koulutuksen kehittäjät -ohjelmassa ja Kuntaliiton "
                        "Kokeilujalostamossa, jonka järjestämisessä Vaasan kaupunki oli mukana. Lähtökohtana "
                        "oli uuden kaupunkistrategian valmistelussa tehty kuntalaiskysely: halusimme tietää, "
                        "miten vaasalaiset itse haluavat kehittää kaupunkiaan.",
                        "Kaupunkistrategian tavoitteita ovat asukkaiden hyvinvointi ja kaupungin "
                        "vetovoimaisuus. Niihin pyritään myös kokeilukulttuurin keinoin: käynnistämällä "
                        "innovaatioita ja uusia kokeiluja.",
                    ),
                ),
                ("heading", {"text": "Näin toimintamalli toimii", "level": "h2"}),
                (
                    "paragraph",
                    paragraphs(
                        "Ajatushautomot kokoavat yhteen ihmisiä yli organisaatioiden ja toimialojen rajojen: "
                        "asukkaita, opiskelijoita, yhdistyksiä, yrityksiä ja korkeakouluja. Kokeilujalostamoissa "
                        "ideoista tehdään palvelu- ja prosessi-innovaatioita, usein palvelumuotoilun keinoin.",
                        "Painopisteenä on kokeilukulttuuri: yhteiskehittäminen, avoin ilmapiiri ja uskallus "
                        "kokeilla. Mukana ovat olleet valtuutetut, johto, henkilöstö, kuntalaiset, "
                        "korkeakoulut, opiskelijat ja muut kumppanit.",
                    ),
                ),
                (
                    "quote",
                    {
                        "quote": "Kokeilut ovat keino rakentaa tulevaisuuden kuntaa.",
                        "attribution": "Vaasan kaupunkistrategia",
                    },
                ),
                ("heading", {"text": "Mitä on saatu aikaan", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Vuosina 2018–2019 tehtiin noin 40 kokeilua, ja kokeilujalostamoihin osallistui 166 "
                    "henkilöä. Toiminnan myötä on syntynyt muun muassa:</p><ul>"
                    "<li>uusia yhteiskehittämisen toimintamalleja</li>"
                    "<li>opiskelijoiden, viranhaltijoiden ja valtuutettujen kohtaamisia, joissa opiskelijoiden "
                    "ideat päätyvät kaupungin valmisteluun</li>"
                    "<li>kaupunkistrategiasta lähteviä kokeiluja</li>"
                    "<li>säästöjä, kun ideointiin ei tarvita ulkopuolisia konsultteja ja raskaan suunnittelun "
                    "sijaan edetään nopeasti kokeiluihin</li></ul>",
                ),
            ],
        ),
    },
    "sv": {
        "title": "Tankesmedja och försöksverkstad",
        "slug": "verksamhetsmodell",
        "show_in_menus": True,
        "search_description": "Hur Vasas tankesmedjor och försöksverkstad fungerar och vad de har åstadkommit.",
        "introduction": "Vasa stads verksamhetsmodell där invånarnas idéer förädlas till försök och där vi lär "
        "oss av försöken tillsammans.",
        "body": stream(
            "model-body",
            [
                ("heading", {"text": "Hur allt började", "level": "h2"}),
                (
                    "paragraph",
                    paragraphs(
                        "Idén föddes i Sitras program för utvecklare av hållbar utbildning och i Kommunförbundets "
                        "försöksverkstad, som Vasa stad var med och ordnade. Utgångspunkten var en "
                        "invånarenkät som gjordes när den nya stadsstrategin bereddes: vi ville veta hur "
                        "vasaborna själva vill utveckla sin stad.",
                        "Stadsstrategins mål är invånarnas välfärd och stadens attraktionskraft. Målen nås "
                        "också genom en försökskultur: genom att sätta i gång innovationer och nya försök.",
                    ),
                ),
                ("heading", {"text": "Så fungerar modellen", "level": "h2"}),
                (
                    "paragraph",
                    paragraphs(
                        "Tankesmedjorna samlar människor över gränserna mellan organisationer och sektorer: "
                        "invånare, studerande, föreningar, företag och högskolor. I försöksverkstäderna "
                        "förädlas idéerna till service- och processinnovationer, ofta med hjälp av tjänstedesign.",
                        "Tyngdpunkten ligger på försökskulturen: utveckling tillsammans, ett öppet klimat och "
                        "modet att pröva. Med har funnits fullmäktigeledamöter, ledning, personal, invånare, "
                        "högskolor, studerande och andra partner.",
                    ),
                ),
                (
                    "quote",
                    {
                        "quote": "Försök är ett sätt att bygga framtidens kommun.",
                        "attribution": "Vasa stads strategi",
                    },
                ),
                ("heading", {"text": "Vad som har åstadkommits", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Åren 2018–2019 gjordes ett fyrtiotal försök, och 166 personer deltog i "
                    "försöksverkstäderna. Arbetet har bland annat gett:</p><ul>"
                    "<li>nya modeller för utveckling tillsammans</li>"
                    "<li>möten mellan studerande, tjänsteinnehavare och fullmäktigeledamöter, där de "
                    "studerandes idéer når stadens beredning</li>"
                    "<li>försök som utgår från stadsstrategin</li>"
                    "<li>besparingar, när inga utomstående konsulter behövs för idéarbetet och man i stället för "
                    "tung planering snabbt går vidare till försök</li></ul>",
                ),
            ],
        ),
    },
    "en": {
        "title": "The think tank and experiment refinery model",
        "slug": "how-it-works",
        "show_in_menus": True,
        "search_description": "How Vaasa's think tanks and experiment refinery work, and what they have produced.",
        "introduction": "The City of Vaasa's way of working in which residents' ideas are refined into "
        "experiments, and we learn from the experiments together.",
        "body": stream(
            "model-body",
            [
                ("heading", {"text": "How it all began", "level": "h2"}),
                (
                    "paragraph",
                    paragraphs(
                        "The idea grew out of Sitra's Developers of Sustainable Education programme and the "
                        "experiment refinery of the Association of Finnish Municipalities, which the City of "
                        "Vaasa helped to organise. The starting point was a resident survey made while the new "
                        "city strategy was prepared: we wanted to know how the people of Vaasa themselves want "
                        "to develop their city.",
                        "The city strategy aims at the wellbeing of residents and the attractiveness of the "
                        "city. A culture of experimentation is one way to get there: starting innovations and "
                        "new experiments.",
                    ),
                ),
                ("heading", {"text": "How the model works", "level": "h2"}),
                (
                    "paragraph",
                    paragraphs(
                        "The think tanks bring people together across the boundaries of organisations and "
                        "sectors: residents, students, associations, companies and universities. In the "
                        "experiment refineries, ideas are refined into service and process innovations, often "
                        "with the tools of service design.",
                        "The focus is on a culture of experimentation: developing things together, an open "
                        "atmosphere and the courage to try. Councillors, management, staff, residents, "
                        "universities, students and other partners have all taken part.",
                    ),
                ),
                (
                    "quote",
                    {
                        "quote": "Experiments are a way to build the municipality of the future.",
                        "attribution": "City of Vaasa strategy",
                    },
                ),
                ("heading", {"text": "What has come of it", "level": "h2"}),
                (
                    "paragraph",
                    "<p>About 40 experiments were carried out in 2018–2019, and 166 people took part in the "
                    "experiment refineries. The work has produced, among other things:</p><ul>"
                    "<li>new models for developing things together</li>"
                    "<li>meetings of students, civil servants and councillors, where students' ideas find "
                    "their way into the city's preparatory work</li>"
                    "<li>experiments that start from the city strategy</li>"
                    "<li>savings, as no outside consultants are needed to generate ideas and we move quickly "
                    "to experiments instead of heavy planning</li></ul>",
                ),
            ],
        ),
    },
}

PRIVACY_PAGE = {
    "fi": {
        "title": "Tietosuojaseloste",
        "slug": "tietosuoja",
        "search_description": "Miten Tulevaisuuden Vaasa -palvelu käsittelee henkilötietoja.",
        "introduction": "Tämä seloste kertoo, miten käsittelemme henkilötietojasi, kun lähetät idean tai "
        "ilmoittaudut työpajaan (EU:n yleinen tietosuoja-asetus, 13 artikla).",
        "body": stream(
            "privacy-body",
            [
                ("heading", {"text": "Rekisterinpitäjä", "level": "h2"}),
                (
                    "paragraph",
                    paragraphs(
                        "Vaasan kaupunki, kaupunkikehitys. Yhteydenotot: kokeilut@example.fi. "
                        "Kaupungin tietosuojavastaava: tietosuoja@example.fi.",
                    ),
                ),
                ("heading", {"text": "Mihin tietoja käytetään ja millä perusteella", "level": "h2"}),
                (
                    "paragraph",
                    "<ul><li>Ideat: käsittelemme idean ja ne yhteystiedot, jotka itse annat, jotta voimme "
                    "arvioida idean, vastata sinulle ja kertoa päätöksestä. Peruste on yleisen edun mukaisen "
                    "tehtävän hoitaminen (6 artiklan 1 e kohta). Nimi ja sähköposti ovat vapaaehtoisia.</li>"
                    "<li>Työpajailmoittautumiset: käsittelemme nimesi, sähköpostisi ja ilmoittamasi tarpeet, "
                    "jotta voimme järjestää työpajan ja varmistaa paikkasi. Peruste on yleisen edun mukaisen "
                    "tehtävän hoitaminen; terveyteen liittyviä tarpeita käsittelemme nimenomaisella "
                    "suostumuksellasi, jonka voit perua milloin tahansa.</li>"
                    "<li>Emme käytä tietoja markkinointiin emmekä automaattiseen päätöksentekoon.</li></ul>",
                ),
                ("heading", {"text": "Vastaanottajat", "level": "h2"}),
                (
                    "paragraph",
                    paragraphs(
                        "Tietoja käsittelevät vain ideoita ja työpajoja hoitavat kaupungin työntekijät. "
                        "Palvelun teknisestä ylläpidosta vastaa kaupungin sopimuskumppani, joka käsittelee "
                        "tietoja vain kaupungin lukuun. Tietoja ei siirretä EU:n tai ETA:n ulkopuolelle.",
                    ),
                ),
                ("heading", {"text": "Säilytysaika", "level": "h2"}),
                (
                    "paragraph",
                    paragraphs(
                        "Poistamme idean lähettäjän nimen ja sähköpostin 180 päivän kuluttua idean "
                        "käsittelystä; itse idea säilyy. Työpajailmoittautumisista poistamme henkilötiedot 90 "
                        "päivän kuluttua työpajasta, ja tilastoihin jää vain osallistujamäärä ja sidosryhmä.",
                    ),
                ),
                ("heading", {"text": "Oikeutesi", "level": "h2"}),
                (
                    "paragraph",
                    paragraphs(
                        "Sinulla on oikeus saada tietää, mitä tietoja sinusta on, sekä oikeus pyytää tietojen "
                        "oikaisemista tai poistamista, käsittelyn rajoittamista ja vastustaa käsittelyä. Voit "
                        "perua suostumuksesi milloin tahansa. Lähetä pyyntö osoitteeseen kokeilut@example.fi.",
                        "Sinulla on oikeus tehdä valitus valvontaviranomaiselle, tietosuojavaltuutetun "
                        "toimistolle (tietosuoja.fi), jos katsot, että tietojasi käsitellään lainvastaisesti.",
                    ),
                ),
            ],
        ),
    },
    "sv": {
        "title": "Dataskyddsbeskrivning",
        "slug": "dataskydd",
        "search_description": "Hur tjänsten Framtidens Vasa behandlar personuppgifter.",
        "introduction": "Här berättar vi hur vi behandlar dina personuppgifter när du skickar in en idé eller "
        "anmäler dig till en workshop (EU:s allmänna dataskyddsförordning, artikel 13).",
        "body": stream(
            "privacy-body",
            [
                ("heading", {"text": "Personuppgiftsansvarig", "level": "h2"}),
                (
                    "paragraph",
                    paragraphs(
                        "Vasa stad, stadsutveckling. Kontakt: kokeilut@example.fi. "
                        "Stadens dataskyddsombud: tietosuoja@example.fi.",
                    ),
                ),
                ("heading", {"text": "Vad uppgifterna används till och på vilken grund", "level": "h2"}),
                (
                    "paragraph",
                    "<ul><li>Idéer: vi behandlar idén och de kontaktuppgifter du själv ger, så att vi kan "
                    "bedöma idén, svara dig och berätta om beslutet. Grunden är utförande av en uppgift av "
                    "allmänt intresse (artikel 6.1 e). Namn och e-post är frivilliga.</li>"
                    "<li>Anmälningar till workshoppar: vi behandlar ditt namn, din e-post och de behov du "
                    "uppger, så att vi kan ordna workshoppen och säkra din plats. Grunden är utförande av en "
                    "uppgift av allmänt intresse; behov som gäller hälsa behandlar vi med ditt uttryckliga "
                    "samtycke, som du kan återkalla när som helst.</li>"
                    "<li>Vi använder inte uppgifterna för marknadsföring eller för automatiserat "
                    "beslutsfattande.</li></ul>",
                ),
                ("heading", {"text": "Mottagare", "level": "h2"}),
                (
                    "paragraph",
                    paragraphs(
                        "Uppgifterna behandlas endast av de anställda vid staden som sköter idéerna och "
                        "workshopparna. Tjänstens tekniska underhåll sköts av stadens avtalspartner, som "
                        "behandlar uppgifterna endast för stadens räkning. Uppgifterna överförs inte utanför "
                        "EU eller EES.",
                    ),
                ),
                ("heading", {"text": "Lagringstid", "level": "h2"}),
                (
                    "paragraph",
                    paragraphs(
                        "Vi raderar avsändarens namn och e-post 180 dagar efter att idén har behandlats; själva "
                        "idén sparas. Personuppgifterna i anmälningar till workshoppar raderas 90 dagar efter "
                        "workshoppen, och i statistiken finns bara antalet deltagare och intressentgruppen kvar.",
                    ),
                ),
                ("heading", {"text": "Dina rättigheter", "level": "h2"}),
                (
                    "paragraph",
                    paragraphs(
                        "Du har rätt att få veta vilka uppgifter vi har om dig och att begära rättelse eller "
                        "radering, begränsning av behandlingen och att invända mot behandlingen. Du kan "
                        "återkalla ditt samtycke när som helst. Skicka din begäran till kokeilut@example.fi.",
                        "Du har rätt att lämna in ett klagomål till tillsynsmyndigheten, dataombudsmannens "
                        "byrå (tietosuoja.fi), om du anser att dina uppgifter behandlas i strid med lagen.",
                    ),
                ),
            ],
        ),
    },
    "en": {
        "title": "Privacy notice",
        "slug": "privacy",
        "search_description": "How the Future Vaasa service processes personal data.",
        "introduction": "This notice tells how we process your personal data when you send an idea or sign up "
        "for a workshop (EU General Data Protection Regulation, Article 13).",
        "body": stream(
            "privacy-body",
            [
                ("heading", {"text": "Controller", "level": "h2"}),
                (
                    "paragraph",
                    paragraphs(
                        "City of Vaasa, Urban Development. Contact: kokeilut@example.fi. "
                        "The city's data protection officer: tietosuoja@example.fi.",
                    ),
                ),
                ("heading", {"text": "What the data is used for, and on what basis", "level": "h2"}),
                (
                    "paragraph",
                    "<ul><li>Ideas: we process the idea and the contact details you choose to give, so that we "
                    "can assess the idea, answer you and tell you about the decision. The legal basis is the "
                    "performance of a task in the public interest (Article 6(1)(e)). Name and e-mail are "
                    "optional.</li>"
                    "<li>Workshop sign-ups: we process your name, e-mail and the needs you tell us, so that we "
                    "can organise the workshop and keep your seat. The legal basis is a task in the public "
                    "interest; needs related to health are processed with your explicit consent, which you can "
                    "withdraw at any time.</li>"
                    "<li>We do not use the data for marketing or for automated decision-making.</li></ul>",
                ),
                ("heading", {"text": "Recipients", "level": "h2"}),
                (
                    "paragraph",
                    paragraphs(
                        "Only the city employees who handle ideas and workshops process the data. The service "
                        "is maintained technically by the city's contractor, who processes the data only on "
                        "the city's behalf. The data is not transferred outside the EU or the EEA.",
                    ),
                ),
                ("heading", {"text": "How long we keep the data", "level": "h2"}),
                (
                    "paragraph",
                    paragraphs(
                        "We remove the sender's name and e-mail 180 days after the idea has been decided on; "
                        "the idea itself is kept. Personal data in workshop sign-ups is removed 90 days after "
                        "the workshop, and only the number of participants and their stakeholder group remain "
                        "in the statistics.",
                    ),
                ),
                ("heading", {"text": "Your rights", "level": "h2"}),
                (
                    "paragraph",
                    paragraphs(
                        "You have the right to know what data we hold about you, and to ask for it to be "
                        "corrected or erased, to restrict its processing and to object to it. You can withdraw "
                        "your consent at any time. Send your request to kokeilut@example.fi.",
                        "You have the right to lodge a complaint with the supervisory authority, the Office of "
                        "the Data Protection Ombudsman (tietosuoja.fi), if you think your data is processed "
                        "unlawfully.",
                    ),
                ),
            ],
        ),
    },
}

ACCESSIBILITY_PAGE = {
    "fi": {
        "title": "Saavutettavuusseloste",
        "slug": "saavutettavuus",
        "search_description": "Tulevaisuuden Vaasa -sivuston saavutettavuuden tila ja palautekanava.",
        "introduction": "Vaasan kaupunki pyrkii siihen, että jokainen voi käyttää tätä sivustoa. Seloste "
        "perustuu lakiin digitaalisten palvelujen tarjoamisesta (306/2019).",
        "body": stream(
            "accessibility-body",
            [
                ("heading", {"text": "Saavutettavuuden tila", "level": "h2"}),
                (
                    "paragraph",
                    paragraphs(
                        "Sivusto täyttää WCAG 2.1 -ohjeiston AA-tason vaatimukset osittain. Sivut toimivat "
                        "näppäimistöllä ja ilman JavaScriptiä, ja ne on testattu automaattisesti jokaisen "
                        "muutoksen yhteydessä."
                    ),
                ),
                ("heading", {"text": "Tiedossa olevat puutteet", "level": "h2"}),
                (
                    "paragraph",
                    "<ul><li>Osa sivustolle liitetyistä PDF-tiedostoista ei ole täysin saavutettavia.</li>"
                    "<li>Kaikissa vanhoissa kuvissa ei vielä ole kuvaavaa tekstivastinetta.</li>"
                    "<li>Asukkaiden lähettämät ideat julkaistaan sellaisinaan, eikä niitä muokata "
                    "selkokielelle.</li></ul>",
                ),
                ("heading", {"text": "Anna palautetta", "level": "h2"}),
                (
                    "paragraph",
                    paragraphs(
                        "Huomasitko puutteen? Kerro siitä osoitteeseen saavutettavuus@example.fi. Vastaamme 14 "
                        "päivän kuluessa ja toimitamme pyynnöstä sisällön saavutettavassa muodossa.",
                    ),
                ),
                ("heading", {"text": "Valvontaviranomainen", "level": "h2"}),
                (
                    "paragraph",
                    paragraphs(
                        "Jos et ole tyytyväinen saamaasi vastaukseen tai et saa vastausta kahden viikon "
                        "kuluessa, voit tehdä ilmoituksen valvontaviranomaiselle, Lupa- ja valvontavirastolle "
                        "(saavutettavuusvaatimukset.fi).",
                        "Seloste on laadittu 26.11.2026, ja se perustuu sivuston omaan arvioon ja "
                        "automaattisiin testeihin.",
                    ),
                ),
            ],
        ),
    },
    "sv": {
        "title": "Tillgänglighetsutlåtande",
        "slug": "tillganglighet",
        "search_description": "Tillgängligheten på webbplatsen Framtidens Vasa och hur du ger respons.",
        "introduction": "Vasa stad strävar efter att alla ska kunna använda den här webbplatsen. Utlåtandet "
        "grundar sig på lagen om tillhandahållande av digitala tjänster (306/2019).",
        "body": stream(
            "accessibility-body",
            [
                ("heading", {"text": "Tillgänglighetsstatus", "level": "h2"}),
                (
                    "paragraph",
                    paragraphs(
                        "Webbplatsen uppfyller delvis kraven på nivå AA i WCAG 2.1. Sidorna fungerar med "
                        "tangentbordet och utan JavaScript, och de testas automatiskt vid varje ändring."
                    ),
                ),
                ("heading", {"text": "Kända brister", "level": "h2"}),
                (
                    "paragraph",
                    "<ul><li>En del av de PDF-filer som finns på webbplatsen är inte helt tillgängliga.</li>"
                    "<li>Alla äldre bilder har ännu inte en beskrivande alternativtext.</li>"
                    "<li>Idéer som invånarna skickar in publiceras som de är och skrivs inte om till "
                    "lättläst språk.</li></ul>",
                ),
                ("heading", {"text": "Ge respons", "level": "h2"}),
                (
                    "paragraph",
                    paragraphs(
                        "Har du upptäckt en brist? Berätta det för oss på saavutettavuus@example.fi. Vi svarar "
                        "inom 14 dagar och levererar på begäran innehållet i tillgänglig form.",
                    ),
                ),
                ("heading", {"text": "Tillsynsmyndighet", "level": "h2"}),
                (
                    "paragraph",
                    paragraphs(
                        "Om du inte är nöjd med svaret eller inte får svar inom två veckor kan du anmäla "
                        "saken till tillsynsmyndigheten, Tillstånds- och tillsynsverket "
                        "(saavutettavuusvaatimukset.fi).",
                        "Utlåtandet har utarbetats 26.11.2026 och grundar sig på webbplatsens egen bedömning "
                        "och automatiska tester.",
                    ),
                ),
            ],
        ),
    },
    "en": {
        "title": "Accessibility statement",
        "slug": "accessibility",
        "search_description": "How accessible the Future Vaasa website is, and how to give feedback.",
        "introduction": "The City of Vaasa wants everyone to be able to use this website. This statement is "
        "made under the Act on the Provision of Digital Services (306/2019).",
        "body": stream(
            "accessibility-body",
            [
                ("heading", {"text": "Compliance status", "level": "h2"}),
                (
                    "paragraph",
                    paragraphs(
                        "The website partially meets the level AA requirements of WCAG 2.1. The pages work with "
                        "a keyboard and without JavaScript, and they are tested automatically with every change."
                    ),
                ),
                ("heading", {"text": "Known gaps", "level": "h2"}),
                (
                    "paragraph",
                    "<ul><li>Some PDF files attached to the website are not fully accessible.</li>"
                    "<li>Not all older images have a descriptive text alternative yet.</li>"
                    "<li>Ideas sent by residents are published as they are and are not rewritten in plain "
                    "language.</li></ul>",
                ),
                ("heading", {"text": "Give feedback", "level": "h2"}),
                (
                    "paragraph",
                    paragraphs(
                        "Did you notice a gap? Tell us at saavutettavuus@example.fi. We answer within 14 days "
                        "and, on request, provide the content in an accessible form.",
                    ),
                ),
                ("heading", {"text": "Supervising authority", "level": "h2"}),
                (
                    "paragraph",
                    paragraphs(
                        "If you are not satisfied with our answer, or get no answer within two weeks, you can "
                        "report the matter to the supervising authority, the Finnish Supervisory Agency "
                        "(saavutettavuusvaatimukset.fi).",
                        "This statement was prepared on 26 November 2026 and is based on the website's own "
                        "assessment and automated tests.",
                    ),
                ),
            ],
        ),
    },
}


def load():
    """Fill the home page and add the ground floor's pages in three languages; return a short summary."""
    site = Site.objects.get(is_default_site=True)
    home = site.root_page.specific
    if not isinstance(home, HomePage):
        raise RuntimeError("The default site's root page is not a HomePage.")
    if not home.key_figures:
        update_translated_page(home, HOME)

    add_translated_page(home, StandardPage, MODEL_PAGE)
    privacy = add_translated_page(home, StandardPage, PRIVACY_PAGE)
    accessibility = add_translated_page(home, StandardPage, ACCESSIBILITY_PAGE)

    portal_settings = PortalSettings.for_site(site)
    portal_settings.privacy_page = privacy
    portal_settings.accessibility_page = accessibility
    portal_settings.save()
    return "home page, model page, privacy notice and accessibility statement"
