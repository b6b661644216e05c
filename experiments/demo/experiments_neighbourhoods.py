"""Experiments of the Good neighbourhoods think tank, 2018–2020.

Each text is (title, summary, place, hypothesis, how success is measured, result, lessons learned).
"""

EXPERIMENTS = [
    {
        "key": "digital-help-library",
        "think_tank": "neighbourhoods",
        "themes": ["open-governance"],
        "goals": ["wellbeing", "interaction"],
        "status": "completed",
        "timeline": [("planned", "2018-01-22"), ("running", "2018-03-06"), ("completed", "2018-11-27")],
        "participants": 290,
        "budget": 2500,
        "decision": "scale_up",
        "partners": ["library", "elderly", "student-union"],
        "fi": (
            "Digitukea kirjastossa",
            "Opiskelijat neuvoivat tiistaisin kirjastossa, miten verkkopankki, sähköinen resepti ja "
            "videopuhelut toimivat. Apua sai ilman ajanvarausta.",
            "Pääkirjasto ja Huutoniemen lähikirjasto",
            "Kun digiapua saa tutusta paikasta ilman ajanvarausta, ikäihmiset uskaltavat käyttää verkkopalveluja.",
            "Neuvontakertojen määrä ja lyhyt kysely avun jälkeen.",
            "Neuvontaa annettiin noin 600 kertaa 290 eri ihmiselle. Yhdeksän kymmenestä kertoi pärjäävänsä "
            "asian kanssa jatkossa itse.",
            "Kärsivällisyys ja sama tuttu neuvoja ovat tärkeimpiä. Opiskelijat saivat tehdystä työstä "
            "opintopisteitä, mikä helpotti vapaaehtoisten löytämistä.",
        ),
        "sv": (
            "Digitalt stöd på biblioteket",
            "På tisdagarna visade studerande på biblioteket hur nätbanken, e-recept och videosamtal fungerar. "
            "Man fick hjälp utan tidsbokning.",
            "Huvudbiblioteket och närbiblioteket i Roparnäs",
            "När man får digital hjälp på en bekant plats utan tidsbokning vågar de äldre använda nättjänster.",
            "Antalet rådgivningstillfällen och en kort enkät efter hjälpen.",
            "Rådgivning gavs omkring 600 gånger till 290 olika personer. Nio av tio sade att de i fortsättningen "
            "klarar saken själva.",
            "Tålamod och samma bekanta rådgivare är viktigast. De studerande fick studiepoäng för arbetet, vilket "
            "gjorde det lättare att hitta frivilliga.",
        ),
        "en": (
            "Digital help at the library",
            "On Tuesdays at the library, students showed people how online banking, e-prescriptions and video "
            "calls work. No appointment was needed.",
            "Main Library and Huutoniemi local library",
            "When digital help is available in a familiar place without an appointment, older people dare to use "
            "online services.",
            "Number of help sessions, and a short survey afterwards.",
            "Help was given about 600 times to 290 different people. Nine out of ten said they could manage on "
            "their own from now on.",
            "Patience and the same familiar helper matter most. Students earned study credits for the work, which "
            "made volunteers easier to find.",
        ),
    },
    {
        "key": "park-exercise-guides",
        "think_tank": "neighbourhoods",
        "themes": ["block-parties"],
        "goals": ["wellbeing"],
        "status": "completed",
        "timeline": [("planned", "2018-03-19"), ("running", "2018-06-04"), ("completed", "2018-08-31")],
        "participants": 720,
        "budget": 7000,
        "decision": "scale_up",
        "partners": ["sports", "residents-associations"],
        "fi": (
            "Ohjattua liikuntaa puistoissa",
            "Kesäiltaisin liikunnanohjaajat vetivät maksuttomia treenejä ulkokuntosaleilla ja puistoissa eri "
            "puolilla kaupunkia. Ennakkoilmoittautumista ei tarvittu.",
            "Ulkokuntosalit Vanhassa Vaasassa, Gerbyssä ja Palosaarella",
            "Matalan kynnyksen ohjaus saa liikkumaan ne, jotka eivät muuten aloittaisi.",
            "Osallistujamäärät ja kysely siitä, liikkuiko vastaaja ennen kokeilua säännöllisesti.",
            "Kesän aikana treeneissä kävi 720 eri ihmistä. Joka kolmas kertoi, ettei ollut aiemmin liikkunut "
            "säännöllisesti.",
            "Sama kellonaika ja paikka joka viikko auttoivat. Ohjaus ruotsiksi ja suomeksi samassa treenissä "
            "toimi hyvin.",
        ),
        "sv": (
            "Ledd motion i parkerna",
            "Under sommarkvällarna ledde idrottsinstruktörer gratis träningspass vid utegym och i parker runt om "
            "i staden. Ingen föranmälan behövdes.",
            "Utegymmen i Gamla Vasa, Gerby och Brändö",
            "Lättillgänglig handledning får dem att röra på sig som annars inte skulle komma i gång.",
            "Antalet deltagare och en enkät om huruvida man motionerade regelbundet före försöket.",
            "Under sommaren deltog 720 olika personer i träningen. Var tredje sade att de inte tidigare hade "
            "motionerat regelbundet.",
            "Samma tid och plats varje vecka hjälpte. Handledning på svenska och finska i samma pass fungerade bra.",
        ),
        "en": (
            "Guided exercise in the parks",
            "On summer evenings, sports instructors led free workouts at outdoor gyms and in parks around the "
            "city. No registration was needed.",
            "Outdoor gyms in Old Vaasa, Gerby and Palosaari",
            "Low-threshold guidance gets people moving who would not otherwise start.",
            "Number of participants, and a survey on whether they exercised regularly before.",
            "Over the summer, 720 different people took part. One in three said they had not exercised regularly "
            "before.",
            "The same time and place every week helped. Instruction in Swedish and Finnish in the same session "
            "worked well.",
        ),
    },
    {
        "key": "participatory-budget-district",
        "think_tank": "neighbourhoods",
        "themes": ["open-governance", "creative-urban-space"],
        "goals": ["interaction", "wellbeing"],
        "status": "completed",
        "timeline": [("planned", "2018-10-01"), ("running", "2019-01-14"), ("completed", "2019-10-31")],
        "participants": 1460,
        "budget": 50000,
        "decision": "scale_up",
        "partners": ["residents-associations", "planning", "schools"],
        "body": True,
        "fi": (
            "Osallistuva budjetointi Vanhassa Vaasassa",
            "Vanhan Vaasan asukkaat ideoivat, miten 50 000 euroa käytetään oman alueen hyväksi, ja "
            "äänestivät toteutettavista ideoista.",
            "Vanha Vaasa",
            "Kun asukkaat päättävät itse osasta alueen rahoista, luottamus kaupunkiin ja kiinnostus oman alueen "
            "asioihin kasvavat.",
            "Ideoiden ja äänestäjien määrä sekä kysely luottamuksesta ennen ja jälkeen.",
            "Asukkaat jättivät 86 ideaa, ja äänestykseen osallistui 1 460 asukasta. Toteutukseen valittiin "
            "leikkipuiston uudistus, uimarannan laituri ja ulkokuntosali.",
            "Ideoiden kustannusarviot on tehtävä ennen äänestystä. Koululaisten mukaan ottaminen nosti "
            "äänestysaktiivisuutta selvästi.",
        ),
        "sv": (
            "Medborgarbudget i Gamla Vasa",
            "Invånarna i Gamla Vasa gav förslag på hur 50 000 euro ska användas för det egna området och röstade "
            "om vilka idéer som skulle genomföras.",
            "Gamla Vasa",
            "När invånarna själva bestämmer om en del av områdets pengar ökar förtroendet för staden och "
            "intresset för det egna området.",
            "Antalet idéer och röstande samt en enkät om förtroendet före och efter.",
            "Invånarna lämnade 86 idéer, och 1 460 invånare röstade. En förnyad lekpark, en brygga vid badstranden "
            "och ett utegym valdes ut.",
            "Kostnadskalkylerna för idéerna måste göras före omröstningen. När skolelever fick vara med ökade "
            "valdeltagandet tydligt.",
        ),
        "en": (
            "Participatory budgeting in Old Vaasa",
            "Residents of Old Vaasa came up with ideas for spending 50,000 euros on their own area, and voted on "
            "which ideas to carry out.",
            "Old Vaasa",
            "When residents decide on part of their area's money themselves, trust in the city and interest in "
            "local matters grow.",
            "Number of ideas and voters, and a survey on trust before and after.",
            "Residents put forward 86 ideas, and 1,460 residents voted. A renewed playground, a jetty at the "
            "beach and an outdoor gym were chosen.",
            "Ideas must be costed before the vote. Involving schoolchildren clearly raised turnout.",
        ),
    },
    {
        "key": "school-yards-evenings",
        "think_tank": "neighbourhoods",
        "themes": ["creative-urban-space", "block-parties"],
        "goals": ["wellbeing"],
        "status": "completed",
        "timeline": [("planned", "2019-02-25"), ("running", "2019-04-23"), ("completed", "2019-10-18")],
        "participants": None,
        "budget": 3000,
        "decision": "scale_up",
        "partners": ["schools", "sports", "residents-associations"],
        "fi": (
            "Koulujen pihat iltakäyttöön",
            "Kolmen koulun pihalle tuotiin iltaisin lainattavia pelivälineitä, ja pihat mainostettiin "
            "kaikkien kohtaamispaikoiksi koulupäivän jälkeen.",
            "Kolme koulua Vaskiluodossa, Sundomissa ja Kappelinmäellä",
            "Kun koulun piha on selvästi kaikkien käytössä, perheet ja naapurit käyttävät sitä iltaisin ja "
            "alueen ilkivalta vähenee.",
            "Havainnointi iltaisin ja ilkivaltailmoitusten määrä.",
            "Pihoilla oli havainnointi-iltoina keskimäärin 25 käyttäjää. Ilkivaltailmoituksia tuli kolmannes "
            "edellisvuotta vähemmän.",
            "Välinelaatikon avain kannattaa antaa lähiyhdistykselle. Pihojen valaistus ratkaisee syksyllä, "
            "kauanko pihaa käytetään.",
        ),
        "sv": (
            "Skolgårdarna öppna på kvällarna",
            "På tre skolgårdar fanns det på kvällarna spelredskap att låna, och gårdarna marknadsfördes som "
            "allas mötesplats efter skoldagen.",
            "Tre skolor i Vasklot, Sundom och Kapellbacken",
            "När skolgården tydligt är till för alla använder familjer och grannar den på kvällarna, och "
            "skadegörelsen i området minskar.",
            "Observationer på kvällarna och antalet anmälningar om skadegörelse.",
            "Under observationskvällarna fanns i genomsnitt 25 personer på gårdarna. Anmälningarna om "
            "skadegörelse var en tredjedel färre än året innan.",
            "Nyckeln till redskapslådan bör ges till en förening i närområdet. På hösten avgör belysningen hur "
            "länge gården används.",
        ),
        "en": (
            "School yards open in the evenings",
            "Three school yards had games equipment to borrow in the evenings, and the yards were promoted as a "
            "meeting place for everyone after the school day.",
            "Three schools in Vaskiluoto, Sundom and Kappelinmäki",
            "When a school yard is clearly open to everyone, families and neighbours use it in the evenings and "
            "vandalism in the area falls.",
            "Observations in the evenings, and the number of vandalism reports.",
            "On observation evenings there were 25 people in the yards on average. Vandalism reports fell by a "
            "third compared with the year before.",
            "The key to the equipment box is best given to a local association. In autumn, lighting decides how "
            "long the yard is used.",
        ),
    },
    {
        "key": "neighbour-help-app",
        "think_tank": "neighbourhoods",
        "themes": ["block-parties", "artificial-intelligence"],
        "goals": ["wellbeing", "interaction"],
        "status": "discontinued",
        "timeline": [("planned", "2019-05-06"), ("running", "2019-08-19"), ("discontinued", "2019-12-13")],
        "participants": 95,
        "budget": 10000,
        "decision": "stop",
        "partners": ["residents-associations", "vamk"],
        "fi": (
            "Naapuriapu-sovellus",
            "Sovelluksessa naapurit saattoivat pyytää ja tarjota apua: kauppakassin kantamista, lumitöitä tai "
            "porakoneen lainaa.",
            "Gerby ja Vöyrinkaupunki",
            "Kun avun pyytäminen on helppoa, naapurit auttavat toisiaan enemmän.",
            "Käyttäjien, pyyntöjen ja toteutuneiden avunantojen määrä.",
            "Sovellukseen rekisteröityi 95 asukasta, mutta pyyntöjä tuli vain parikymmentä. Kokeilu lopetettiin "
            "ja varat siirrettiin korttelijuhlapaketteihin.",
            "Naapurit tarvitsevat ensin tuttuutta, vasta sitten sovelluksen. Ilmoitustaulu porraskäytävässä "
            "toimi kokeilun aikana paremmin kuin sovellus.",
        ),
        "sv": (
            "Appen Grannhjälp",
            "I appen kunde grannar be om och erbjuda hjälp: att bära matkassar, skotta snö eller låna en borrmaskin.",
            "Gerby och Vöråstaden",
            "När det är lätt att be om hjälp hjälper grannarna varandra mer.",
            "Antalet användare, förfrågningar och förmedlad hjälp.",
            "95 invånare registrerade sig i appen, men bara ett tjugotal förfrågningar kom in. Försöket "
            "avslutades och medlen flyttades till kvartersfestpaketen.",
            "Grannar behöver först lära känna varandra, först därefter en app. Anslagstavlan i trapphuset "
            "fungerade under försöket bättre än appen.",
        ),
        "en": (
            "A neighbour help app",
            "In the app, neighbours could ask for and offer help: carrying shopping, clearing snow or lending a drill.",
            "Gerby and Vöyrinkaupunki",
            "When asking for help is easy, neighbours help each other more.",
            "Number of users, requests and help actually given.",
            "95 residents registered in the app, but only about twenty requests came in. The experiment was "
            "stopped and the money moved to the block party kits.",
            "Neighbours first need to know each other; only then an app. During the experiment, the notice board "
            "in the stairwell worked better than the app.",
        ),
    },
    {
        "key": "community-garden",
        "think_tank": "neighbourhoods",
        "themes": ["circular-economy", "block-parties"],
        "goals": ["wellbeing", "interaction"],
        "status": "running",
        "timeline": [("planned", "2020-02-10"), ("running", "2020-05-18")],
        "participants": 60,
        "budget": 4500,
        "decision": "undecided",
        "partners": ["residents-associations", "planning", "recycling-centre"],
        "related": ["yard-parklet"],
        "fi": (
            "Yhteinen kasvimaa",
            "Joutomaalle perustettiin kasvimaa, jossa naapurit kasvattavat vihanneksia yhteisissä laatikoissa "
            "ja kompostoivat lähitalojen biojätteen.",
            "Vanha Vaasa",
            "Yhteinen kasvimaa tuo naapurit yhteen ja vähentää biojätettä.",
            "Osallistujien määrä, kompostoidun biojätteen määrä ja osallistujien kysely syksyllä.",
            "Ensimmäisenä keväänä 60 asukasta varasi laatikon. Sato ja kysely arvioidaan syksyllä.",
            "Kastelu on järjestettävä heti alusta vuorolistalla.",
        ),
        "sv": (
            "Gemensamt odlingsland",
            "På en obebyggd tomt anlades ett odlingsland där grannarna odlar grönsaker i gemensamma lådor och "
            "komposterar bioavfallet från husen i närheten.",
            "Gamla Vasa",
            "Ett gemensamt odlingsland för grannarna samman och minskar bioavfallet.",
            "Antalet deltagare, mängden komposterat bioavfall och en enkät till deltagarna på hösten.",
            "Den första våren bokade 60 invånare en låda. Skörden och enkäten utvärderas på hösten.",
            "Bevattningen måste ordnas med en turlista redan från början.",
        ),
        "en": (
            "A community garden",
            "A vacant plot became a garden where neighbours grow vegetables in shared boxes and compost the "
            "biowaste of nearby buildings.",
            "Old Vaasa",
            "A shared garden brings neighbours together and reduces biowaste.",
            "Number of participants, amount of biowaste composted, and a participant survey in the autumn.",
            "In the first spring, 60 residents booked a box. The harvest and the survey will be assessed in the "
            "autumn.",
            "Watering must be organised with a rota right from the start.",
        ),
    },
    {
        "key": "summer-pedestrian-street",
        "think_tank": "neighbourhoods",
        "themes": ["creative-urban-space", "urban-culture"],
        "goals": ["attractiveness", "wellbeing"],
        "status": "planned",
        "timeline": [("idea", "2019-09-23"), ("planned", "2020-01-20")],
        "starts": "2020-06-01",
        "participants": None,
        "budget": 30000,
        "decision": "undecided",
        "partners": ["planning", "small-businesses", "culture"],
        "related": ["yard-parklet", "open-stage-market-square"],
        "fi": (
            "Kesäkävelykatu",
            "Yksi keskustan katu suljetaan autoilta kesäksi ja kalustetaan oleskeluun, terasseille ja "
            "pienille tapahtumille.",
            "Keskusta",
            "Kävelykatu kesäksi houkuttelee keskustaan enemmän ihmisiä kuin katu autoineen.",
            "Kävijälaskurit, yritysten myynnin kehitys ja asukaskysely.",
            "",
            "",
        ),
        "sv": (
            "Sommargågata",
            "En gata i centrum stängs för biltrafik under sommaren och möbleras för vistelse, terrasser och små "
            "evenemang.",
            "Centrum",
            "En gågata under sommaren lockar fler människor till centrum än en gata med bilar.",
            "Besöksräknare, utvecklingen av företagens försäljning och en invånarenkät.",
            "",
            "",
        ),
        "en": (
            "A summer pedestrian street",
            "One street in the centre will be closed to cars for the summer and furnished for sitting, terraces "
            "and small events.",
            "City centre",
            "A pedestrian street in summer draws more people to the centre than a street full of cars.",
            "Pedestrian counters, businesses' sales, and a resident survey.",
            "",
            "",
        ),
    },
]
