"""The demo's listing pages, impact page and think tanks, as the communications team would write them."""

from home.demo_support import paragraphs, stream

THINK_TANK_INDEX = {
    "fi": {
        "title": "Ajatushautomot",
        "slug": "ajatushautomot",
        "show_in_menus": True,
        "search_description": "Vaasan ajatushautomot: kuka on mukana, miten ne toimivat ja mitä niissä on kokeiltu.",
        "introduction": "Ajatushautomoissa kaupunkilaiset, opiskelijat, yhdistykset, yritykset ja kaupungin "
        "väki ideoivat yhdessä. Parhaat ideat jalostetaan kokeiluiksi. Tervetuloa mukaan – kokemusta ei tarvita.",
    },
    "sv": {
        "title": "Tankesmedjor",
        "slug": "tankesmedjor",
        "show_in_menus": True,
        "search_description": "Vasas tankesmedjor: vem som deltar, hur de arbetar och vad de har prövat.",
        "introduction": "I tankesmedjorna tar invånare, studerande, föreningar, företag och stadens personal "
        "fram idéer tillsammans. De bästa idéerna förädlas till försök. Välkommen med – ingen erfarenhet behövs.",
    },
    "en": {
        "title": "Think tanks",
        "slug": "think-tanks",
        "show_in_menus": True,
        "search_description": "Vaasa's think tanks: who takes part, how they work and what they have tried.",
        "introduction": "In the think tanks, residents, students, associations, companies and city staff come up "
        "with ideas together. The best ideas are refined into experiments. Join us – no experience needed.",
    },
}

CATALOG = {
    "fi": {
        "title": "Kokeilut",
        "slug": "kokeilut",
        "show_in_menus": True,
        "search_description": "Kaikki Tulevaisuuden Vaasan kokeilut: mitä kokeiltiin, miten ja mitä siitä opittiin.",
        "introduction": "Tässä ovat kaikki kokeilut, jotka ovat syntyneet ajatushautomoissa ja "
        "kokeilujalostamossa. Kerromme avoimesti myös kokeiluista, jotka eivät onnistuneet – niistäkin opitaan.",
    },
    "sv": {
        "title": "Försök",
        "slug": "forsok",
        "show_in_menus": True,
        "search_description": "Alla försök inom Framtidens Vasa: vad som prövades, hur och vad man lärde sig.",
        "introduction": "Här finns alla försök som har fötts i tankesmedjorna och försöksverkstaden. Vi berättar "
        "öppet också om försök som inte lyckades – av dem lär vi oss också.",
    },
    "en": {
        "title": "Experiments",
        "slug": "experiments",
        "show_in_menus": True,
        "search_description": "Every Future Vaasa experiment: what was tried, how, and what was learnt.",
        "introduction": "Here are all the experiments born in the think tanks and the experiment refinery. We are "
        "open about the ones that did not work out, too – we learn from them as well.",
    },
}

IMPACT = {
    "fi": {
        "title": "Vaikuttavuus luvuin",
        "slug": "vaikuttavuus",
        "show_in_menus": True,
        "search_description": "Tulevaisuuden Vaasan kokeilut ja ajatushautomot lukuina.",
        "introduction": "Mitä ajatushautomoista ja kokeiluista on syntynyt? Luvut lasketaan suoraan sivustolla "
        "julkaistuista kokeiluista, joten ne ovat aina ajan tasalla.",
        "body": stream(
            "impact-body",
            [
                ("heading", {"text": "Miten lukuja kannattaa lukea", "level": "h2"}),
                (
                    "paragraph",
                    paragraphs(
                        "Kokeilu on onnistunut silloinkin, kun se lopetetaan: silloin kaupunki säästyy "
                        "isommalta virheinvestoinnilta. Siksi kerromme jokaisen päättyneen kokeilun "
                        "jälkeen, mitä päätettiin – laajennetaanko, kehitetäänkö edelleen vai lopetetaanko.",
                    ),
                ),
            ],
        ),
    },
    "sv": {
        "title": "Effekter i siffror",
        "slug": "effekter",
        "show_in_menus": True,
        "search_description": "Framtidens Vasas försök och tankesmedjor i siffror.",
        "introduction": "Vad har tankesmedjorna och försöken lett till? Siffrorna räknas direkt från de försök "
        "som har publicerats på webbplatsen, så de är alltid aktuella.",
        "body": stream(
            "impact-body",
            [
                ("heading", {"text": "Hur siffrorna ska läsas", "level": "h2"}),
                (
                    "paragraph",
                    paragraphs(
                        "Ett försök har lyckats också när det avslutas: då slipper staden en större "
                        "felinvestering. Därför berättar vi efter varje avslutat försök vad som beslutades – "
                        "om det ska utvidgas, utvecklas vidare eller avslutas.",
                    ),
                ),
            ],
        ),
    },
    "en": {
        "title": "Impact in figures",
        "slug": "impact",
        "show_in_menus": True,
        "search_description": "Future Vaasa's experiments and think tanks in figures.",
        "introduction": "What have the think tanks and experiments led to? The figures are counted straight from "
        "the experiments published on this site, so they are always up to date.",
        "body": stream(
            "impact-body",
            [
                ("heading", {"text": "How to read the figures", "level": "h2"}),
                (
                    "paragraph",
                    paragraphs(
                        "An experiment has succeeded even when it is stopped: the city is spared a larger "
                        "investment in the wrong thing. That is why, after every experiment, we say what was "
                        "decided – to scale it up, to develop it further or to stop.",
                    ),
                ),
            ],
        ),
    },
}

# Each think tank: its themes, who takes part, how often it meets, and its text in three languages.
THINK_TANKS = [
    {
        "key": "intergalactic",
        "themes": [
            "circular-economy",
            "artificial-intelligence",
            "creative-urban-space",
            "urban-culture",
            "block-parties",
        ],
        "groups": ["students", "universities", "city_staff", "councillors", "residents"],
        "frequency": "monthly",
        "email": "intergalaktinen@example.fi",
        "fi": {
            "title": "Intergalaktinen ajatushautomo",
            "purpose": "Alue- ja hallintotieteiden opiskelijat, kaupungin väki ja valtuutetut ideoivat yhdessä "
            "rohkeita avauksia kiertotaloudesta ja tekoälystä luovaan kaupunkitilaan, kaupunkikulttuuriin ja "
            "korttelijuhliin.",
            "meeting_details": "Kerran kuussa iltapäivällä Vaasan yliopiston kampuksella Palosaarella. "
            "Syksyisin ja keväisin lisäksi kokeilujalostamon työpajat.",
            "body": [
                "Intergalaktinen ajatushautomo syntyi, kun kokeilujalostamon opiskelijaryhmä halusi ajatella "
                "isosti: mikään idea ei ole liian kaukana, kunhan sitä voi kokeilla pienesti ja nopeasti.",
                "Opiskelijoiden ideat kulkevat suoraan kaupungin valmisteluun. Jokaisessa tapaamisessa on mukana "
                "kaupungin asiantuntijoita, ja valtuutetut kuulevat ideoista kasvokkain.",
            ],
        },
        "sv": {
            "title": "Intergalaktiska tankesmedjan",
            "purpose": "Studerande i regional- och förvaltningsvetenskap, stadens personal och "
            "fullmäktigeledamöter tar tillsammans fram djärva idéer om allt från cirkulär ekonomi och "
            "artificiell intelligens till kreativt stadsrum, stadskultur och kvartersfester.",
            "meeting_details": "En gång i månaden på eftermiddagen på Vasa universitets campus i Brändö. "
            "På hösten och våren dessutom försöksverkstadens workshoppar.",
            "body": [
                "Intergalaktiska tankesmedjan föddes när en grupp studerande i försöksverkstaden ville tänka "
                "stort: ingen idé är för långt borta, bara den kan prövas i liten skala och snabbt.",
                "De studerandes idéer går direkt in i stadens beredning. Vid varje träff deltar stadens experter, "
                "och fullmäktigeledamöterna hör idéerna ansikte mot ansikte.",
            ],
        },
        "en": {
            "title": "Intergalactic think tank",
            "purpose": "Students of regional and administrative sciences, city staff and councillors come up "
            "with bold openings together, from the circular economy and artificial intelligence to creative urban "
            "space, urban culture and block parties.",
            "meeting_details": "Once a month in the afternoon on the University of Vaasa campus in Palosaari. "
            "In autumn and spring also the experiment refinery's workshops.",
            "body": [
                "The Intergalactic think tank was born when a group of students in the experiment refinery wanted "
                "to think big: no idea is too far out, as long as it can be tried on a small scale and quickly.",
                "The students' ideas go straight into the city's preparatory work. City experts take part in "
                "every meeting, and councillors hear the ideas face to face.",
            ],
        },
    },
    {
        "key": "mobility",
        "themes": ["mobility"],
        "groups": ["residents", "companies", "city_staff", "universities"],
        "frequency": "quarterly",
        "email": "liikkuminen@example.fi",
        "fi": {
            "title": "Energiapääkaupungin työmatkat",
            "purpose": "Miten Pohjolan energiapääkaupungissa pääsee töihin ilman omaa autoa? Työnantajat, "
            "työmatkalaiset ja kaupunki etsivät yhdessä keinoja, joita voi kokeilla heti.",
            "meeting_details": "Muutaman kerran vuodessa aamukahvin äärellä jonkin mukana olevan työnantajan "
            "tiloissa. Välillä keskustelu jatkuu verkossa.",
            "body": [
                "Ajatushautomo sai alkunsa, kun Runsorin työpaikka-alueen yritykset kertoivat, että "
                "työntekijöiden on vaikea päästä töihin bussilla. Ensimmäinen kokeilu, Runsor Express, "
                "käynnistyi jo samana syksynä.",
            ],
        },
        "sv": {
            "title": "Arbetsresor i energihuvudstaden",
            "purpose": "Hur tar man sig till jobbet utan egen bil i Nordens energihuvudstad? Arbetsgivare, "
            "pendlare och staden söker tillsammans lösningar som kan prövas genast.",
            "meeting_details": "Några gånger om året över morgonkaffe i någon av de deltagande "
            "arbetsgivarnas lokaler. Ibland fortsätter diskussionen på nätet.",
            "body": [
                "Tankesmedjan kom i gång när företagen i arbetsplatsområdet Runsor berättade att det är svårt "
                "för de anställda att ta sig till jobbet med buss. Det första försöket, Runsor Express, "
                "startade redan samma höst.",
            ],
        },
        "en": {
            "title": "Commuting in the energy capital",
            "purpose": "How do you get to work in the Nordic energy capital without a car of your own? "
            "Employers, commuters and the city look together for solutions that can be tried at once.",
            "meeting_details": "A few times a year over morning coffee at the premises of one of the employers "
            "taking part. Between meetings the discussion goes on online.",
            "body": [
                "The think tank started when companies in the Runsor business area said that their staff found it "
                "hard to get to work by bus. The first experiment, the Runsor Express, began that same autumn.",
            ],
        },
    },
    {
        "key": "students",
        "themes": ["rooting-students", "open-governance"],
        "groups": ["students", "universities", "companies", "associations", "city_staff"],
        "frequency": "monthly",
        "email": "opiskelijat@example.fi",
        "fi": {
            "title": "Juurru Vaasaan",
            "purpose": "Vaasassa opiskelee yli 13 000 opiskelijaa kuudessa korkeakoulussa. Ajatushautomo "
            "kokeilee keinoja, joilla opiskelijat kotiutuvat kaupunkiin, löytävät töitä ja jäävät.",
            "meeting_details": "Kerran kuussa vuorotellen eri korkeakoulujen tiloissa, suomeksi, ruotsiksi ja "
            "englanniksi.",
            "body": [
                "Opiskelijat tuntevat oman arkensa parhaiten. Siksi ajatushautomossa opiskelijat ideoivat ja "
                "kaupunki, korkeakoulut ja yritykset tarjoavat tilat, yhteydet ja pienen budjetin kokeiluille.",
            ],
        },
        "sv": {
            "title": "Rota dig i Vasa",
            "purpose": "I Vasa studerar över 13 000 studerande vid sex högskolor. Tankesmedjan prövar sätt som "
            "hjälper de studerande att trivas i staden, hitta jobb och stanna.",
            "meeting_details": "En gång i månaden, turvis i de olika högskolornas lokaler, på finska, svenska "
            "och engelska.",
            "body": [
                "De studerande känner sin egen vardag bäst. Därför står de studerande för idéerna i "
                "tankesmedjan, medan staden, högskolorna och företagen bidrar med lokaler, kontakter och en "
                "liten budget för försöken.",
            ],
        },
        "en": {
            "title": "Take root in Vaasa",
            "purpose": "More than 13,000 students study at six universities and colleges in Vaasa. The think "
            "tank tries out ways to help students settle in, find work and stay.",
            "meeting_details": "Once a month, in turn at each university, in Finnish, Swedish and English.",
            "body": [
                "Students know their own everyday life best. So in this think tank the students bring the ideas, "
                "and the city, the universities and companies provide premises, contacts and a small budget for "
                "the experiments.",
            ],
        },
    },
    {
        "key": "neighbourhoods",
        "themes": ["block-parties", "creative-urban-space", "open-governance"],
        "groups": ["residents", "associations", "city_staff", "councillors"],
        "frequency": "as_needed",
        "email": "lahiyhteisot@example.fi",
        "fi": {
            "title": "Hyvä naapurusto",
            "purpose": "Asukkaat, asukasyhdistykset ja kaupunki kehittävät kaupunginosia yhdessä: "
            "kohtaamispaikkoja, liikuntaa lähelle kotia ja tapoja vaikuttaa oman alueen asioihin.",
            "meeting_details": "Kokoontuu tarpeen mukaan siinä kaupunginosassa, jota kokeilu koskee – usein "
            "koululla, kirjastossa tai asukastuvalla.",
            "body": [
                "Hyvä naapurusto aloitti asukaskyselystä, jonka vastauksissa toistui sama toive: lähelle kotia "
                "tarvitaan paikkoja ja syitä tavata naapureita.",
            ],
        },
        "sv": {
            "title": "Goda grannskap",
            "purpose": "Invånare, invånarföreningar och staden utvecklar stadsdelarna tillsammans: "
            "mötesplatser, motion nära hemmet och sätt att påverka det egna områdets frågor.",
            "meeting_details": "Träffas vid behov i den stadsdel som försöket gäller – ofta i skolan, på "
            "biblioteket eller i invånarstugan.",
            "body": [
                "Goda grannskap började med en invånarenkät där samma önskan återkom: nära hemmet behövs "
                "platser och anledningar att träffa grannarna.",
            ],
        },
        "en": {
            "title": "Good neighbourhoods",
            "purpose": "Residents, residents' associations and the city develop the districts together: meeting "
            "places, exercise close to home and ways to have a say in local matters.",
            "meeting_details": "Meets when needed in the district the experiment concerns – often at a school, "
            "the library or a residents' clubroom.",
            "body": [
                "Good neighbourhoods started from a resident survey in which the same wish came up again and "
                "again: close to home, people need places and reasons to meet their neighbours.",
            ],
        },
    },
]

FEATURED = {
    "fi": {
        "heading": "Tutustu kokeiluihin",
        "text": "Poimintoja kokeiluista, joista on opittu eniten.",
    },
    "sv": {
        "heading": "Bekanta dig med försöken",
        "text": "Ett urval av de försök som vi har lärt oss mest av.",
    },
    "en": {
        "heading": "Explore the experiments",
        "text": "A selection of the experiments we have learnt the most from.",
    },
}
