"""Experiments of the commuting think tank, 2018–2020, with the Runsor Express commuter bus.

Each text is (title, summary, place, hypothesis, how success is measured, result, lessons learned).
"""

EXPERIMENTS = [
    {
        "key": "city-bikes",
        "think_tank": "mobility",
        "themes": ["mobility"],
        "goals": ["wellbeing", "attractiveness"],
        "status": "completed",
        "timeline": [("planned", "2018-03-05"), ("running", "2018-05-14"), ("completed", "2018-10-14")],
        "participants": 1850,
        "budget": 25000,
        "decision": "scale_up",
        "partners": ["public-transport", "small-businesses"],
        "fi": (
            "Kaupunkipyörät kesäksi",
            "Sata kaupunkipyörää kymmenellä asemalla keskustassa, kampuksilla ja rautatieasemalla. Kausimaksu "
            "oli opiskelijoille puolet halvempi.",
            "Keskusta, Palosaari ja rautatieasema",
            "Kun pyörän saa helposti lähimmältä asemalta, lyhyet matkat tehdään pyörällä eikä autolla.",
            "Matkojen ja käyttäjien määrä sekä käyttäjäkysely kulkutavan muutoksesta.",
            "Kesän aikana 1 850 käyttäjää teki noin 41 000 matkaa. Kyselyyn vastanneista neljännes kertoi "
            "korvanneensa pyörällä automatkoja.",
            "Asemat kampuksilla olivat käytetyimpiä. Pyörien tasainen jakautuminen asemille vaatii päivittäistä "
            "siirtoa.",
        ),
        "sv": (
            "Stadscyklar för sommaren",
            "Hundra stadscyklar vid tio stationer i centrum, på campusområdena och vid järnvägsstationen. "
            "Säsongsavgiften var hälften billigare för studerande.",
            "Centrum, Brändö och järnvägsstationen",
            "När man lätt får en cykel från närmaste station görs korta resor med cykel och inte med bil.",
            "Antalet resor och användare samt en enkät om hur användarnas färdsätt förändrades.",
            "Under sommaren gjorde 1 850 användare omkring 41 000 resor. En fjärdedel av dem som svarade "
            "berättade att de hade ersatt bilresor med cykeln.",
            "Stationerna på campusområdena användes mest. För att cyklarna ska fördelas jämnt mellan stationerna "
            "måste de flyttas dagligen.",
        ),
        "en": (
            "City bikes for the summer",
            "A hundred city bikes at ten stations in the centre, on the campuses and at the railway station. "
            "Students paid half price for a season pass.",
            "City centre, Palosaari and the railway station",
            "When a bike is easy to pick up at the nearest station, short trips are made by bike rather than by car.",
            "Number of trips and users, and a user survey on changes in how they travel.",
            "Over the summer, 1,850 users made about 41,000 trips. A quarter of survey respondents said they had "
            "replaced car trips with the bike.",
            "The campus stations were the busiest. Keeping bikes evenly spread across the stations needs daily "
            "redistribution.",
        ),
    },
    {
        "key": "free-saturday-buses",
        "think_tank": "mobility",
        "themes": ["mobility", "urban-culture"],
        "goals": ["attractiveness", "wellbeing"],
        "status": "completed",
        "timeline": [("planned", "2018-08-13"), ("running", "2018-11-03"), ("completed", "2018-12-22")],
        "participants": None,
        "budget": 18000,
        "decision": "iterate",
        "partners": ["public-transport", "small-businesses", "bus-operator"],
        "fi": (
            "Maksuton bussi lauantaisin",
            "Marras- ja joulukuun lauantaisin kaupungin bussit kulkivat maksutta. Tavoitteena oli tuoda "
            "ihmisiä keskustaan ilman pysäköintihuolia.",
            "Kaikki kaupungin bussilinjat",
            "Maksuton bussi saa autoilijoita kokeilemaan joukkoliikennettä ja tuo keskustaan lisää asiakkaita.",
            "Lauantain matkustajamäärät ja kysely siitä, olisiko matka tehty muuten autolla.",
            "Lauantain matkustajamäärä kaksinkertaistui, mutta vain viidennes matkustajista olisi muuten ajanut "
            "autolla. Muut olisivat kulkeneet bussilla tai kävellen joka tapauksessa.",
            "Maksuttomuus yksin ei muuta autoilijoiden tapoja. Seuraavaksi kannattaa kokeilla tiheämpiä vuoroja "
            "ja selkeämpiä reittejä.",
        ),
        "sv": (
            "Gratis buss på lördagar",
            "Under lördagarna i november och december åkte man gratis med stadens bussar. Målet var att locka "
            "folk till centrum utan parkeringsbekymmer.",
            "Alla stadens busslinjer",
            "En gratis buss får bilister att pröva kollektivtrafiken och ger centrum fler kunder.",
            "Antalet passagerare på lördagar och en enkät om resan annars skulle ha gjorts med bil.",
            "Antalet passagerare på lördagar fördubblades, men bara en femtedel av passagerarna skulle annars "
            "ha tagit bilen. De övriga skulle ha åkt buss eller gått i alla fall.",
            "Enbart gratis resor ändrar inte bilisternas vanor. Härnäst lönar det sig att pröva tätare turer och "
            "tydligare linjer.",
        ),
        "en": (
            "Free buses on Saturdays",
            "On Saturdays in November and December, the city's buses were free. The aim was to bring people to "
            "the centre without parking worries.",
            "All city bus routes",
            "A free bus makes drivers try public transport and brings more customers to the centre.",
            "Saturday passenger numbers, and a survey on whether the trip would otherwise have been made by car.",
            "Saturday passenger numbers doubled, but only a fifth of passengers would otherwise have driven. The "
            "rest would have taken the bus or walked anyway.",
            "Free fares alone do not change drivers' habits. Next, it is worth trying more frequent services and "
            "clearer routes.",
        ),
    },
    {
        "key": "winter-cycling-route",
        "think_tank": "mobility",
        "themes": ["mobility"],
        "goals": ["wellbeing"],
        "status": "completed",
        "timeline": [("planned", "2018-09-17"), ("running", "2018-11-26"), ("completed", "2019-03-31")],
        "participants": 410,
        "budget": 14000,
        "decision": "scale_up",
        "partners": ["street-maintenance", "university"],
        "related": ["city-bikes"],
        "fi": (
            "Talvipyöräilyn pääreitti",
            "Yksi pyöräilyn pääreitti keskustasta Palosaarelle aurattiin ja hiekoitettiin talven ajan ennen "
            "aamuseitsemää, samaan tapaan kuin pääkadut.",
            "Pyöräreitti keskustasta Palosaarelle",
            "Kun reitti on aamulla ajokunnossa, yhä useampi pyöräilee töihin ja opiskelemaan myös talvella.",
            "Pyöräilijälaskurin tiedot ja reitin käyttäjille tehty kysely.",
            "Laskurin mukaan reitillä kulki talvella 45 prosenttia enemmän pyöräilijöitä kuin edellisenä "
            "talvena. Kyselyyn vastasi 410 pyöräilijää, ja he arvioivat reitin kunnon hyväksi.",
            "Aikainen aurausjärjestys vaati muutoksia urakkasopimukseen. Reitin varrelle toivottiin myös "
            "viitoitusta ja parempaa valaistusta.",
        ),
        "sv": (
            "Huvudled för vintercykling",
            "En huvudled för cyklister från centrum till Brändö plogades och sandades under vintern före klockan "
            "sju på morgonen, på samma sätt som huvudgatorna.",
            "Cykelleden från centrum till Brändö",
            "När leden är i skick på morgonen cyklar allt fler till jobbet och studierna också på vintern.",
            "Uppgifterna från cykelräknaren och en enkät till ledens användare.",
            "Enligt räknaren cyklade 45 procent fler längs leden i vintras än vintern innan. 410 cyklister "
            "svarade på enkäten och bedömde ledens skick som gott.",
            "Den tidiga plogningsordningen krävde ändringar i entreprenadavtalet. Längs leden önskades också "
            "vägvisning och bättre belysning.",
        ),
        "en": (
            "A main winter cycling route",
            "One main cycling route from the centre to Palosaari was ploughed and gritted all winter before "
            "seven in the morning, just like the main streets.",
            "Cycle route from the city centre to Palosaari",
            "When the route is in good condition in the morning, more people cycle to work and study in winter, too.",
            "Data from the cycle counter, and a survey of the route's users.",
            "According to the counter, 45 per cent more cyclists used the route than the winter before. 410 "
            "cyclists answered the survey and rated the route's condition as good.",
            "The early clearing schedule needed changes to the maintenance contract. Users also asked for signs "
            "and better lighting along the route.",
        ),
    },
    {
        "key": "employer-carpooling",
        "think_tank": "mobility",
        "themes": ["mobility"],
        "goals": ["attractiveness"],
        "status": "discontinued",
        "timeline": [("planned", "2019-01-21"), ("running", "2019-03-04"), ("discontinued", "2019-06-28")],
        "participants": 63,
        "budget": 6000,
        "decision": "stop",
        "partners": ["employers"],
        "fi": (
            "Kimppakyydit työpaikoille",
            "Työnantajien yhteinen kimppakyytisovellus yhdisti samaan suuntaan kulkevat työmatkalaiset.",
            "Runsorin ja Vaskiluodon työpaikka-alueet",
            "Kun kyydin löytää helposti oman työpaikan kautta, moni jättää oman auton kotiin.",
            "Rekisteröityneiden käyttäjien ja toteutuneiden kimppakyytien määrä.",
            "Sovellukseen rekisteröityi 63 työntekijää, mutta kimppakyytejä toteutui vain muutamia viikossa. "
            "Kokeilu lopetettiin kesän alussa.",
            "Vuorotyö ja vaihtelevat työajat tekivät kyytien yhdistämisestä vaikeaa. Tieto ohjasi ajatushautomon "
            "kokeilemaan vuorotyöhön sovitettua bussia.",
        ),
        "sv": (
            "Samåkning till arbetsplatserna",
            "En gemensam samåkningsapp för arbetsgivarna förde ihop pendlare som reser åt samma håll.",
            "Arbetsplatsområdena i Runsor och Vasklot",
            "När man lätt hittar skjuts via sin egen arbetsplats lämnar många bilen hemma.",
            "Antalet registrerade användare och genomförda samåkningar.",
            "63 anställda registrerade sig i appen, men bara några samåkningar per vecka blev av. Försöket "
            "avslutades i början av sommaren.",
            "Skiftarbete och varierande arbetstider gjorde det svårt att para ihop resor. Insikten fick "
            "tankesmedjan att pröva en buss anpassad till skiftarbetet.",
        ),
        "en": (
            "Carpooling to work",
            "A carpooling app shared by employers matched commuters travelling in the same direction.",
            "Runsor and Vaskiluoto business areas",
            "When a lift is easy to find through your own workplace, many people leave their car at home.",
            "Number of registered users and of shared rides that actually took place.",
            "63 employees registered in the app, but only a few shared rides took place each week. The "
            "experiment was stopped at the start of the summer.",
            "Shift work and varying hours made matching rides difficult. This led the think tank to try a bus "
            "timed to the shifts.",
        ),
    },
    {
        "key": "runsor-express",
        "think_tank": "mobility",
        "themes": ["mobility"],
        "goals": ["attractiveness", "interaction"],
        "status": "running",
        "timeline": [("idea", "2019-04-24"), ("planned", "2019-06-10"), ("running", "2019-09-02")],
        "participants": 340,
        "budget": 48000,
        "decision": "undecided",
        "partners": ["employers", "public-transport", "bus-operator"],
        "related": ["employer-carpooling"],
        "body": True,
        "fi": (
            "Runsor Express -työmatkabussi",
            "Pohjolan energiapääkaupungissa kokeillaan työmatkabussia, joka kulkee rautatieasemalta ja "
            "keskustasta Runsorin työpaikka-alueelle vuorojen alkamis- ja päättymisaikoihin.",
            "Rautatieasema – keskusta – Runsor",
            "Suora, vuoroihin ajoitettu bussi saa työmatkalaiset jättämään auton kotiin ja helpottaa "
            "työnantajien rekrytointia.",
            "Matkustajamäärät, kausikorttien määrä, työmatkalaisille tehdyt kyselyt ja työnantajien arvio "
            "rekrytoinnista.",
            "Ensimmäisen vuoden aikana bussilla oli keskimäärin 210 matkaa arkipäivässä, ja 340 työntekijää osti "
            "kausikortin. Kokeilu jatkuu.",
            "Aikataulu on suunniteltava yhdessä työnantajien kanssa: vartinkin ero vuoron alkuun ratkaisee.",
        ),
        "sv": (
            "Arbetspendelbussen Runsor Express",
            "I Nordens energihuvudstad prövas en pendelbuss som går från järnvägsstationen och centrum till "
            "arbetsplatsområdet Runsor när skiften börjar och slutar.",
            "Järnvägsstationen – centrum – Runsor",
            "En direkt buss som är tidsanpassad till skiften får pendlarna att lämna bilen hemma och gör det "
            "lättare för arbetsgivarna att rekrytera.",
            "Antalet passagerare och periodkort, enkäter till pendlarna och arbetsgivarnas bedömning av rekryteringen.",
            "Under det första året gjordes i genomsnitt 210 resor per vardag med bussen, och 340 anställda "
            "köpte periodkort. Försöket fortsätter.",
            "Tidtabellen måste planeras tillsammans med arbetsgivarna: redan en kvarts skillnad till skiftets "
            "början avgör.",
        ),
        "en": (
            "Runsor Express commuter bus",
            "The Nordic energy capital is trying out a commuter bus from the railway station and the city centre "
            "to the Runsor business area, timed to the start and end of shifts.",
            "Railway station – city centre – Runsor",
            "A direct bus timed to the shifts makes commuters leave their cars at home and helps employers recruit.",
            "Passenger numbers, season tickets sold, commuter surveys and employers' assessment of recruitment.",
            "In its first year, the bus carried an average of 210 trips per weekday, and 340 employees bought a "
            "season ticket. The experiment continues.",
            "The timetable must be planned with the employers: even fifteen minutes either side of a shift "
            "change makes the difference.",
        ),
    },
    {
        "key": "library-coworking",
        "think_tank": "mobility",
        "themes": ["mobility", "creative-urban-space"],
        "goals": ["wellbeing", "attractiveness"],
        "status": "running",
        "timeline": [("planned", "2019-11-04"), ("running", "2020-01-13")],
        "participants": 120,
        "budget": 4000,
        "decision": "undecided",
        "partners": ["library", "employers"],
        "fi": (
            "Etätyöpiste lähikirjastoon",
            "Lähikirjastossa on varattavia etätyöpisteitä, joissa voi tehdä töitä päivän tai kaksi viikossa "
            "ilman pitkää työmatkaa.",
            "Sundomin ja Gerbyn lähikirjastot",
            "Kun etätyöhön on hyvä paikka lähellä kotia, työmatkoja tehdään vähemmän.",
            "Varausten määrä ja käyttäjille tehty kysely vältetyistä työmatkoista.",
            "Ensimmäisen kolmen kuukauden aikana 120 käyttäjää teki noin 900 varausta.",
            "Hiljainen tila ja hyvä verkkoyhteys ratkaisevat. Puhelinkopille on jonoa.",
        ),
        "sv": (
            "Distansarbetsplats på närbiblioteket",
            "På närbiblioteket finns distansarbetsplatser som man kan boka och där man kan jobba en eller två "
            "dagar i veckan utan lång arbetsresa.",
            "Närbiblioteken i Sundom och Gerby",
            "När det finns en bra plats för distansarbete nära hemmet görs färre arbetsresor.",
            "Antalet bokningar och en enkät till användarna om arbetsresor som de inte behövde göra.",
            "Under de första tre månaderna gjorde 120 användare omkring 900 bokningar.",
            "Ett tyst utrymme och en bra nätförbindelse är avgörande. Det är kö till telefonbåset.",
        ),
        "en": (
            "Remote working at the local library",
            "Local libraries offer bookable remote working desks where people can work a day or two a week "
            "without a long commute.",
            "Sundom and Gerby local libraries",
            "When there is a good place for remote work close to home, fewer commuting trips are made.",
            "Number of bookings, and a user survey on commuting trips avoided.",
            "In the first three months, 120 users made about 900 bookings.",
            "A quiet room and a good connection are what matter. There is a queue for the phone booth.",
        ),
    },
    {
        "key": "station-bike-parking",
        "think_tank": "mobility",
        "themes": ["mobility"],
        "goals": ["attractiveness"],
        "status": "planned",
        "timeline": [("idea", "2019-12-02"), ("planned", "2020-03-16")],
        "starts": "2020-05-04",
        "participants": None,
        "budget": 20000,
        "decision": "undecided",
        "partners": ["planning", "public-transport"],
        "related": ["city-bikes", "runsor-express"],
        "fi": (
            "Katettu pyöräparkki rautatieasemalle",
            "Rautatieaseman viereen tulee katettu ja lukittava pyöräparkki, jotta junalla ja bussilla "
            "pendelöivät voivat jättää pyöränsä turvaan.",
            "Rautatieasema",
            "Kun pyörän voi jättää asemalle turvallisesti, yhä useampi yhdistää pyörän ja junan tai bussin.",
            "Parkin käyttöaste ja pendelöijien kysely.",
            "",
            "",
        ),
        "sv": (
            "Täckt cykelparkering vid järnvägsstationen",
            "Bredvid järnvägsstationen byggs en täckt och låsbar cykelparkering, så att de som pendlar med tåg "
            "eller buss kan lämna sin cykel i tryggt förvar.",
            "Järnvägsstationen",
            "När cykeln tryggt kan lämnas vid stationen kombinerar allt fler cykel och tåg eller buss.",
            "Parkeringens beläggning och en enkät till pendlarna.",
            "",
            "",
        ),
        "en": (
            "Covered bike parking at the railway station",
            "A covered, lockable bike park next to the railway station, so that people commuting by train or bus "
            "can leave their bikes safely.",
            "Railway station",
            "When a bike can be left safely at the station, more people combine cycling with the train or bus.",
            "How full the bike park is, and a survey of commuters.",
            "",
            "",
        ),
    },
    {
        "key": "e-scooter-rules",
        "think_tank": "mobility",
        "themes": ["mobility", "creative-urban-space"],
        "goals": ["wellbeing"],
        "status": "idea",
        "timeline": [("idea", "2020-04-20")],
        "participants": None,
        "budget": None,
        "decision": "undecided",
        "partners": [],
        "fi": (
            "Sähköpotkulautojen pysäköintialueet",
            "Keskustaan merkittäisiin pysäköintialueet sähköpotkulaudoille, jotta jalkakäytävät pysyvät "
            "vapaina kävelijöille.",
            "Keskusta",
            "Merkityt pysäköintialueet vähentävät jalkakäytäville jätettyjä lautoja.",
            "",
            "",
            "",
        ),
        "sv": (
            "Parkeringsområden för elsparkcyklar",
            "I centrum skulle parkeringsområden för elsparkcyklar märkas ut, så att trottoarerna hålls fria för "
            "fotgängarna.",
            "Centrum",
            "Utmärkta parkeringsområden minskar antalet sparkcyklar som lämnas på trottoarerna.",
            "",
            "",
            "",
        ),
        "en": (
            "Parking zones for e-scooters",
            "Parking zones for e-scooters would be marked in the city centre to keep pavements clear for people "
            "on foot.",
            "City centre",
            "Marked parking zones reduce the number of scooters left on pavements.",
            "",
            "",
            "",
        ),
    },
]
