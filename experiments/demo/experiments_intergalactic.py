"""Experiments of the Intergalactic think tank, 2018–2020.

Each text is (title, summary, place, hypothesis, how success is measured, result, lessons learned).
"""

EXPERIMENTS = [
    {
        "key": "library-of-things",
        "think_tank": "intergalactic",
        "themes": ["circular-economy"],
        "goals": ["wellbeing", "experimentation"],
        "status": "completed",
        "timeline": [("planned", "2018-02-12"), ("running", "2018-04-03"), ("completed", "2018-10-31")],
        "participants": 420,
        "budget": 3500,
        "decision": "scale_up",
        "partners": ["library", "student-union"],
        "fi": (
            "Tavaralainaamo kirjastoon",
            "Porakone, teltta ja ompelukone lainaan kirjastokortilla. Kokeilimme, lainaavatko vaasalaiset "
            "harvoin tarvittavia tavaroita, jos niitä on tarjolla samasta paikasta kuin kirjoja.",
            "Pääkirjasto, keskusta",
            "Jos harvoin tarvittavia tavaroita voi lainata kirjastosta, moni jättää ne ostamatta.",
            "Lainausmäärät, lainaajien määrä ja lainaajille tehty lyhyt kysely.",
            "Kahdeksassa kuukaudessa 60 tavaraa lainattiin yli 1 100 kertaa. Kyselyyn vastanneista kaksi "
            "kolmesta kertoi jättäneensä jonkin hankinnan tekemättä.",
            "Suosituimpia olivat työkalut ja retkeilyvarusteet. Tavarat tarvitsevat huoltajan, ja se kannattaa "
            "sopia ennen aloitusta.",
        ),
        "sv": (
            "Sakbibliotek på biblioteket",
            "Borrmaskin, tält och symaskin till låns med lånekortet. Vi prövade om vasaborna lånar saker som "
            "de sällan behöver, om de finns på samma ställe som böckerna.",
            "Huvudbiblioteket, centrum",
            "Om man kan låna saker som sällan behövs på biblioteket, låter många bli att köpa dem.",
            "Antalet lån och låntagare samt en kort enkät till låntagarna.",
            "På åtta månader lånades 60 saker ut över 1 100 gånger. Två av tre som svarade på enkäten "
            "berättade att de hade låtit bli att köpa något.",
            "Populärast var verktyg och friluftsutrustning. Sakerna behöver någon som sköter dem, och det lönar "
            "sig att komma överens om det innan man börjar.",
        ),
        "en": (
            "A library of things",
            "A drill, a tent and a sewing machine on loan with a library card. We tried whether people in Vaasa "
            "borrow things they rarely need if they can get them where they get their books.",
            "Main Library, city centre",
            "If rarely needed things can be borrowed from the library, many people will not buy them.",
            "Number of loans and borrowers, and a short survey of borrowers.",
            "In eight months, 60 items were lent out more than 1,100 times. Two out of three survey "
            "respondents said they had not bought something because of it.",
            "Tools and outdoor gear were the most popular. The items need someone to look after them, and it "
            "pays to agree on that before starting.",
        ),
    },
    {
        "key": "repair-cafe",
        "think_tank": "intergalactic",
        "themes": ["circular-economy", "urban-culture"],
        "goals": ["wellbeing", "interaction"],
        "status": "completed",
        "timeline": [("planned", "2018-03-01"), ("running", "2018-05-05"), ("completed", "2018-12-15")],
        "participants": 260,
        "budget": 1200,
        "decision": "iterate",
        "partners": ["residents-associations", "vamk"],
        "fi": (
            "Korjauskahvila",
            "Kerran kuussa lauantaina vapaaehtoiset korjaajat auttoivat korjaamaan rikkinäisiä vaatteita, "
            "pyöriä ja pieniä sähkölaitteita kahvikupin äärellä.",
            "Asukastupa, Vanha Vaasa",
            "Kun korjaaminen on helppoa ja hauskaa, rikkinäistä ei heitetä pois.",
            "Korjattujen esineiden määrä ja kävijöiden määrä.",
            "Kahdeksassa korjauskahvilassa korjattiin 310 esinettä, joista noin 80 prosenttia saatiin taas käyttöön.",
            "Sähkölaitteiden korjaamiseen tarvitaan ammattilainen paikalle. Kävijöitä oli eniten, kun kahvila "
            "oli samana päivänä kuin kirpputori.",
        ),
        "sv": (
            "Reparationskafé",
            "En lördag i månaden hjälpte frivilliga reparatörer till att laga trasiga kläder, cyklar och små "
            "elapparater över en kopp kaffe.",
            "Invånarstugan, Gamla Vasa",
            "När det är lätt och roligt att laga saker slänger man inte det som gått sönder.",
            "Antalet lagade saker och antalet besökare.",
            "Under åtta reparationskaféer lagades 310 saker, av vilka omkring 80 procent kunde användas igen.",
            "För att laga elapparater behövs en yrkesperson på plats. Flest besökare kom när kaféet ordnades "
            "samma dag som loppmarknaden.",
        ),
        "en": (
            "Repair café",
            "One Saturday a month, volunteer fixers helped people mend torn clothes, bikes and small electrical "
            "appliances over a cup of coffee.",
            "Residents' clubroom, Old Vaasa",
            "When repairing is easy and fun, broken things are not thrown away.",
            "Number of items repaired and number of visitors.",
            "At eight repair cafés, 310 items were repaired, and about 80 per cent of them could be used again.",
            "Repairing electrical appliances needs a professional on site. Most visitors came when the café was "
            "held on the same day as the flea market.",
        ),
    },
    {
        "key": "student-street-art",
        "think_tank": "intergalactic",
        "themes": ["urban-culture", "creative-urban-space"],
        "goals": ["attractiveness"],
        "status": "completed",
        "timeline": [
            ("idea", "2018-02-20"),
            ("planned", "2018-04-10"),
            ("running", "2018-06-01"),
            ("completed", "2018-09-30"),
        ],
        "participants": 85,
        "budget": 2500,
        "decision": "scale_up",
        "partners": ["culture", "planning"],
        "fi": (
            "Laillinen katutaideseinä",
            "Kesän ajan nuoret ja taiteilijat saivat maalata alikulun seinää luvan kanssa. Seinä muuttui "
            "viikoittain, ja sitä kävi katsomassa moni muukin kuin maalari.",
            "Alikulku, Hietalahti",
            "Laillinen seinä vähentää luvattomia töherryksiä ja tekee alikulusta viihtyisämmän.",
            "Luvattomien töhryjen poistokerrat lähialueella ja kävijöiden palaute.",
            "Töhryjen poistokertoja oli lähialueella puolet vähemmän kuin edellisenä kesänä, ja alikulkua "
            "kehuttiin palautteessa turvallisemmaksi.",
            "Selkeät pelisäännöt ja seinän yhteyshenkilö olivat tärkeitä. Seinä kannattaa pestä kauden lopuksi "
            "puhtaaksi seuraavia tekijöitä varten.",
        ),
        "sv": (
            "Laglig vägg för gatukonst",
            "Under sommaren fick unga och konstnärer måla på väggen i en gångtunnel med lov. Väggen förändrades "
            "varje vecka, och många andra än målarna kom för att se den.",
            "Gångtunneln, Sandviken",
            "En laglig vägg minskar olovligt klotter och gör gångtunneln trivsammare.",
            "Hur ofta olovligt klotter måste tas bort i närområdet och besökarnas respons.",
            "Klotter behövde tas bort hälften så ofta i närområdet som sommaren innan, och i responsen beskrevs "
            "gångtunneln som tryggare.",
            "Tydliga spelregler och en kontaktperson för väggen var viktiga. Väggen bör tvättas ren i slutet av "
            "säsongen inför nästa års målare.",
        ),
        "en": (
            "A legal street art wall",
            "For one summer, young people and artists were allowed to paint the wall of an underpass. The wall "
            "changed every week, and many more people than the painters came to see it.",
            "Underpass, Hietalahti",
            "A legal wall reduces unauthorised graffiti and makes the underpass a more pleasant place.",
            "How often unauthorised graffiti had to be removed nearby, and feedback from passers-by.",
            "Graffiti had to be removed nearby half as often as the previous summer, and feedback described the "
            "underpass as feeling safer.",
            "Clear rules and a named contact for the wall mattered. The wall should be washed clean at the end "
            "of the season for next year's painters.",
        ),
    },
    {
        "key": "palosaari-block-party",
        "think_tank": "intergalactic",
        "themes": ["block-parties"],
        "goals": ["wellbeing", "interaction"],
        "status": "completed",
        "timeline": [("planned", "2018-04-16"), ("running", "2018-08-25"), ("completed", "2018-08-26")],
        "participants": 540,
        "budget": 4000,
        "decision": "scale_up",
        "partners": ["residents-associations", "student-union", "small-businesses"],
        "fi": (
            "Palosaaren korttelijuhlat",
            "Opiskelijat ja pitkäaikaiset asukkaat järjestivät yhdessä korttelijuhlat: pitkän pöydän, "
            "pihakirppiksen ja pihakonsertin yhden kadun varrella.",
            "Palosaari",
            "Yhteinen juhla tutustuttaa opiskelijat ja muut asukkaat toisiinsa paremmin kuin mikään tiedote.",
            "Osallistujamäärä ja kysely siitä, tutustuiko vastaaja uusiin naapureihin.",
            "Juhlaan osallistui noin 540 ihmistä. Vastaajista 72 prosenttia kertoi tutustuneensa ainakin yhteen "
            "uuteen naapuriin.",
            "Lupa-asiat veivät eniten aikaa. Siitä syntyi ajatus valmiista korttelijuhlapaketista, jota "
            "kokeiltiin seuraavana vuonna.",
        ),
        "sv": (
            "Kvartersfest i Brändö",
            "Studerande och invånare som bott länge i området ordnade en kvartersfest tillsammans: ett långbord, "
            "gårdsloppis och en gårdskonsert längs en gata.",
            "Brändö",
            "En gemensam fest får studerande och andra invånare att komma varandra närmare än något meddelande.",
            "Antalet deltagare och en enkät om huruvida man lärde känna nya grannar.",
            "Omkring 540 personer deltog i festen. Av dem som svarade sade 72 procent att de hade lärt känna "
            "minst en ny granne.",
            "Tillstånden tog mest tid. Det gav idén till ett färdigt kvartersfestpaket, som prövades året därpå.",
        ),
        "en": (
            "Palosaari block party",
            "Students and long-time residents threw a block party together: one long table, a yard sale and a "
            "yard concert along a single street.",
            "Palosaari",
            "A shared party brings students and other residents closer than any leaflet.",
            "Number of people who came, and a survey on whether they got to know new neighbours.",
            "About 540 people took part. Of those who answered, 72 per cent said they had got to know at least "
            "one new neighbour.",
            "Permits took the most time. That gave the idea of a ready-made block party kit, which was tried the "
            "following year.",
        ),
    },
    {
        "key": "pop-up-living-room",
        "think_tank": "intergalactic",
        "themes": ["creative-urban-space"],
        "goals": ["attractiveness", "interaction"],
        "status": "completed",
        "timeline": [("planned", "2018-08-20"), ("running", "2018-10-01"), ("completed", "2018-12-21")],
        "participants": 1300,
        "budget": 6000,
        "decision": "iterate",
        "partners": ["small-businesses", "culture"],
        "fi": (
            "Pop up -olohuone tyhjään liiketilaan",
            "Tyhjä liiketila kävelykadun varrella muuttui kolmeksi kuukaudeksi kaikkien olohuoneeksi, jossa sai "
            "istua, pelata, tehdä etätöitä ja järjestää omia tapahtumia.",
            "Keskusta",
            "Tyhjä tila houkuttelee ihmisiä keskustaan, kun sen saa käyttöön maksutta ja helposti.",
            "Kävijämäärä, tilavaraukset ja lähiliikkeiden arvio asiakasvirroista.",
            "Olohuoneessa kävi noin 1 300 ihmistä, ja siellä pidettiin 45 asukkaiden omaa tapahtumaa. "
            "Lähiliikkeistä puolet arvioi asiakasvirran kasvaneen.",
            "Aukioloajat olivat liian lyhyet: iltaisin kysyntää oli eniten. Seuraavassa versiossa tilan "
            "avaimet jaetaan vastuullisille käyttäjäryhmille.",
        ),
        "sv": (
            "Pop up-vardagsrum i en tom affärslokal",
            "En tom affärslokal längs gågatan blev i tre månader allas vardagsrum, där man kunde sitta, spela, "
            "distansarbeta och ordna egna evenemang.",
            "Centrum",
            "En tom lokal lockar folk till centrum när den kan användas gratis och enkelt.",
            "Antalet besökare, bokningar av lokalen och de närbelägna affärernas bedömning av kundflödet.",
            "Omkring 1 300 personer besökte vardagsrummet, och där ordnades 45 evenemang av invånarna själva. "
            "Hälften av affärerna i närheten bedömde att kundflödet hade ökat.",
            "Öppettiderna var för korta: efterfrågan var störst på kvällarna. I nästa version delas nycklarna ut "
            "till ansvariga användargrupper.",
        ),
        "en": (
            "A pop-up living room in an empty shop",
            "For three months, an empty shop on the pedestrian street became everyone's living room: a place to "
            "sit, play games, work remotely and hold your own events.",
            "City centre",
            "An empty space draws people to the centre when it can be used free of charge and without fuss.",
            "Number of visitors, bookings, and nearby shops' estimate of footfall.",
            "About 1,300 people visited the living room, and residents held 45 events of their own there. Half of "
            "the nearby shops estimated that footfall had grown.",
            "The opening hours were too short: demand was highest in the evenings. In the next version, keys "
            "will be handed to responsible user groups.",
        ),
    },
    {
        "key": "light-art-dark-season",
        "think_tank": "intergalactic",
        "themes": ["urban-culture", "creative-urban-space"],
        "goals": ["attractiveness", "wellbeing"],
        "status": "completed",
        "timeline": [("planned", "2018-09-03"), ("running", "2018-11-15"), ("completed", "2019-02-28")],
        "participants": None,
        "budget": 9000,
        "decision": "scale_up",
        "partners": ["culture", "vamk", "street-maintenance"],
        "fi": (
            "Valotaidetta pimeään aikaan",
            "Opiskelijoiden suunnittelemat valoteokset valaisivat pimeän ajan kolmella kävelyreitillä "
            "marraskuusta helmikuun loppuun.",
            "Kävelyreitit keskustasta rantaan",
            "Valotaide houkuttelee liikkumaan ulkona myös pimeänä vuodenaikana ja lisää turvallisuuden tunnetta.",
            "Kävijälaskurit reiteillä ja verkkokysely.",
            "Kävijälaskureiden mukaan reiteillä kulki pimeään aikaan noin 30 prosenttia enemmän ihmisiä kuin "
            "edellisenä talvena. Kyselyssä teoksia pidettiin talven parhaana uutena asiana.",
            "Teokset kannattaa suunnitella kestämään pakkasta ja lunta. Katujen kunnossapito pitää ottaa mukaan "
            "suunnitteluun alusta asti.",
        ),
        "sv": (
            "Ljuskonst under den mörka tiden",
            "Ljusverk som studerande hade planerat lyste upp den mörka tiden längs tre promenadstråk från "
            "november till slutet av februari.",
            "Promenadstråken från centrum till stranden",
            "Ljuskonst lockar folk att röra sig ute också under den mörka årstiden och ökar känslan av trygghet.",
            "Besöksräknare längs stråken och en webbenkät.",
            "Enligt besöksräknarna rörde sig omkring 30 procent fler människor längs stråken under den mörka "
            "tiden än vintern innan. I enkäten kallades verken vinterns bästa nyhet.",
            "Verken bör planeras så att de tål köld och snö. Gatuunderhållet ska vara med i planeringen från början.",
        ),
        "en": (
            "Light art for the dark season",
            "Light installations designed by students lit up three walking routes through the dark season, from "
            "November to the end of February.",
            "Walking routes from the city centre to the shore",
            "Light art makes people go out in the dark season too, and makes them feel safer.",
            "Counters on the routes and an online survey.",
            "According to the counters, about 30 per cent more people used the routes in the dark season than "
            "the winter before. Survey respondents called the works the best new thing of the winter.",
            "The works must be designed to withstand frost and snow. Street maintenance should be involved in "
            "the planning from the very start.",
        ),
    },
    {
        "key": "student-councillor-lunches",
        "think_tank": "intergalactic",
        "themes": ["open-governance", "rooting-students"],
        "goals": ["interaction", "experimentation"],
        "status": "completed",
        "timeline": [("planned", "2018-09-10"), ("running", "2018-10-08"), ("completed", "2019-05-20")],
        "participants": 96,
        "budget": 1500,
        "decision": "scale_up",
        "partners": ["university", "student-union"],
        "fi": (
            "Lounaalla valtuutetun kanssa",
            "Opiskelija ja kaupunginvaltuutettu söivät lounasta yhdessä ja keskustelivat yhdestä opiskelijan "
            "ideasta. Lounaita oli lukuvuoden aikana 48.",
            "Yliopiston ravintola, Palosaari",
            "Kasvokkain kuultu idea etenee valmisteluun todennäköisemmin kuin kirjallinen aloite.",
            "Lounaiden määrä ja se, moniko idea eteni kaupungin valmisteluun.",
            "Lukuvuoden 48 lounaalta 11 ideaa eteni kaupungin valmisteluun, ja niistä neljästä tuli kokeilu.",
            "Matala kynnys toimi molempiin suuntiin: myös valtuutetut kertoivat oppineensa opiskelijoiden "
            "arjesta paljon uutta.",
        ),
        "sv": (
            "Lunch med en fullmäktigeledamot",
            "En studerande och en fullmäktigeledamot åt lunch tillsammans och diskuterade en av den "
            "studerandes idéer. Under läsåret ordnades 48 luncher.",
            "Universitetets restaurang, Brändö",
            "En idé som man hör ansikte mot ansikte går oftare vidare till beredning än ett skriftligt initiativ.",
            "Antalet luncher och hur många idéer som gick vidare till stadens beredning.",
            "Av läsårets 48 luncher gick 11 idéer vidare till stadens beredning, och fyra av dem blev försök.",
            "Den låga tröskeln fungerade åt båda hållen: också ledamöterna sade att de hade lärt sig mycket nytt "
            "om de studerandes vardag.",
        ),
        "en": (
            "Lunch with a councillor",
            "A student and a city councillor had lunch together and discussed one of the student's ideas. There "
            "were 48 lunches during the academic year.",
            "University restaurant, Palosaari",
            "An idea heard face to face is more likely to reach the city's preparation than a written motion.",
            "Number of lunches, and how many ideas went on to the city's preparatory work.",
            "Of the year's 48 lunches, 11 ideas went on to the city's preparatory work, and four of them became "
            "experiments.",
            "The low threshold worked both ways: councillors said they too had learnt a lot about students' "
            "everyday life.",
        ),
    },
    {
        "key": "chatbot-city-info",
        "think_tank": "intergalactic",
        "themes": ["artificial-intelligence", "open-governance"],
        "goals": ["experimentation"],
        "status": "completed",
        "timeline": [
            ("idea", "2018-11-05"),
            ("planned", "2019-01-14"),
            ("running", "2019-03-04"),
            ("completed", "2019-08-30"),
        ],
        "participants": 2100,
        "budget": 12000,
        "decision": "iterate",
        "partners": ["university", "vamk"],
        "fi": (
            "Tekoälyavustaja kaupungin neuvontaan",
            "Chat-avustaja vastasi kaupungin verkkosivuilla yleisimpiin kysymyksiin esimerkiksi pysäköinnistä, "
            "jätehuollosta ja kirjastokorteista suomeksi, ruotsiksi ja englanniksi.",
            "Kaupungin verkkosivut",
            "Avustaja vastaa yleisimpiin kysymyksiin heti ja vapauttaa neuvonnan aikaa vaikeampiin asioihin.",
            "Keskustelujen määrä, oikeiden vastausten osuus tarkistetusta otoksesta ja käyttäjien arvio.",
            "Avustajalla oli noin 2 100 keskustelua. Suomenkielisiin kysymyksiin se vastasi oikein noin kahdesti "
            "kolmesta, ruotsinkielisiin harvemmin.",
            "Ruotsinkielinen aineisto oli liian suppea. Avustaja on hyödyllinen vain, jos joku vastaa sen "
            "tiedoista yhtä huolellisesti kuin verkkosivuista.",
        ),
        "sv": (
            "AI-assistent för stadens rådgivning",
            "En chattassistent svarade på stadens webbplats på de vanligaste frågorna om till exempel parkering, "
            "avfallshantering och lånekort, på finska, svenska och engelska.",
            "Stadens webbplats",
            "Assistenten svarar genast på de vanligaste frågorna och frigör rådgivningens tid för svårare ärenden.",
            "Antalet samtal, andelen rätta svar i ett granskat urval och användarnas bedömning.",
            "Assistenten förde omkring 2 100 samtal. På frågor på finska svarade den rätt ungefär två gånger av "
            "tre, på frågor på svenska mer sällan.",
            "Materialet på svenska var för litet. Assistenten är till nytta bara om någon ansvarar för dess "
            "uppgifter lika noggrant som för webbplatsen.",
        ),
        "en": (
            "An AI assistant for city enquiries",
            "A chat assistant on the city's website answered the most common questions, such as parking, waste "
            "collection and library cards, in Finnish, Swedish and English.",
            "The city's website",
            "The assistant answers the most common questions at once and frees the service desk for harder cases.",
            "Number of conversations, share of correct answers in a checked sample, and users' ratings.",
            "The assistant held about 2,100 conversations. It answered questions in Finnish correctly about two "
            "times out of three, questions in Swedish less often.",
            "There was too little material in Swedish. An assistant is only useful if someone looks after its "
            "information as carefully as after the website.",
        ),
    },
    {
        "key": "feedback-classifier",
        "think_tank": "intergalactic",
        "themes": ["artificial-intelligence", "open-governance"],
        "goals": ["experimentation", "interaction"],
        "status": "completed",
        "timeline": [("planned", "2019-02-04"), ("running", "2019-04-01"), ("completed", "2019-11-29")],
        "participants": None,
        "budget": 8000,
        "decision": "scale_up",
        "partners": ["university", "street-maintenance"],
        "fi": (
            "Tekoäly lajittelee asukaspalautteen",
            "Koneoppimismalli ehdotti jokaiselle asukaspalautteelle aihetta ja käsittelijää. Ihminen hyväksyi "
            "tai korjasi ehdotuksen.",
            "Kaupungin palautepalvelu",
            "Kun palaute ohjautuu heti oikealle käsittelijälle, asukas saa vastauksen nopeammin.",
            "Palautteen käsittelyaika ennen kokeilua ja sen aikana sekä oikeiden ehdotusten osuus.",
            "Mallin ehdotus oli oikea 84 prosentissa palautteista, ja keskimääräinen vastausaika lyheni "
            "yhdeksästä päivästä kuuteen.",
            "Ihmisen on aina tarkistettava ehdotus. Mallin virheet opettivat myös, mitkä palauteluokat olivat "
            "epäselviä ihmisillekin.",
        ),
        "sv": (
            "AI sorterar invånarnas respons",
            "En maskininlärningsmodell föreslog ämne och handläggare för varje respons från invånarna. En "
            "människa godkände eller rättade förslaget.",
            "Stadens responstjänst",
            "När responsen genast hamnar hos rätt handläggare får invånaren svar snabbare.",
            "Handläggningstiden före och under försöket samt andelen rätta förslag.",
            "Modellens förslag var rätt för 84 procent av responsen, och den genomsnittliga svarstiden förkortades "
            "från nio dagar till sex.",
            "En människa måste alltid granska förslaget. Modellens misstag visade också vilka kategorier som var "
            "oklara även för människor.",
        ),
        "en": (
            "AI sorts residents' feedback",
            "A machine learning model suggested a topic and a handler for each piece of feedback from residents. "
            "A person accepted or corrected the suggestion.",
            "The city's feedback service",
            "When feedback goes straight to the right handler, residents get an answer sooner.",
            "Handling time before and during the experiment, and the share of correct suggestions.",
            "The model's suggestion was right for 84 per cent of the feedback, and the average reply time fell "
            "from nine days to six.",
            "A person must always check the suggestion. The model's mistakes also showed which categories were "
            "unclear to people, too.",
        ),
    },
    {
        "key": "moving-out-flea-market",
        "think_tank": "intergalactic",
        "themes": ["circular-economy", "rooting-students"],
        "goals": ["wellbeing"],
        "status": "completed",
        "timeline": [("planned", "2019-03-11"), ("running", "2019-05-20"), ("completed", "2019-09-15")],
        "participants": 650,
        "budget": 2000,
        "decision": "scale_up",
        "partners": ["student-housing", "recycling-centre", "student-union"],
        "fi": (
            "Muuttokirppis opiskelija-asunnoille",
            "Keväällä pois muuttavat opiskelijat jättivät huonekalut ja astiat pihan kierrätyspisteeseen, ja "
            "syksyllä saapuvat uudet opiskelijat hakivat ne ilmaiseksi.",
            "Opiskelija-asuntojen pihat, Palosaari ja Hietalahti",
            "Hyvät huonekalut päätyvät kaatopaikan sijaan uusille opiskelijoille, kun kierrätys on yhtä helppoa "
            "kuin roskikseen vieminen.",
            "Kierrätettyjen tavaroiden määrä ja jätelavojen tyhjennyskerrat.",
            "Noin 650 opiskelijaa vei tai haki tavaraa. Sekajätteen lavoja tyhjennettiin kesällä kolmannes "
            "vähemmän kuin edellisvuonna.",
            "Tila tavaroiden varastointiin kesän ajaksi on välttämätön. Syksyn jakopäivä kannattaa pitää heti "
            "lukukauden alussa.",
        ),
        "sv": (
            "Flyttloppis för studentbostäder",
            "Studerande som flyttade bort på våren lämnade möbler och husgeråd på gårdens återvinningsplats, och "
            "nya studerande som kom på hösten hämtade dem gratis.",
            "Studentbostädernas gårdar, Brändö och Sandviken",
            "Bra möbler hamnar hos nya studerande i stället för på soptippen, när det är lika lätt att återvinna "
            "som att slänga.",
            "Mängden återvunna saker och hur ofta avfallsflaken tömdes.",
            "Omkring 650 studerande lämnade eller hämtade saker. Flaken för blandavfall tömdes en tredjedel mer "
            "sällan på sommaren än året innan.",
            "Det behövs ett utrymme där sakerna kan förvaras över sommaren. Höstens utdelningsdag ska ordnas "
            "direkt när terminen börjar.",
        ),
        "en": (
            "Moving-out flea market for student housing",
            "Students moving out in spring left furniture and kitchenware at a recycling point in the yard, and "
            "new students arriving in autumn picked them up for free.",
            "Student housing yards, Palosaari and Hietalahti",
            "Good furniture goes to new students instead of the landfill when recycling is as easy as throwing "
            "things away.",
            "Amount of items passed on, and how often the waste skips were emptied.",
            "About 650 students left or collected items. The mixed waste skips were emptied a third less often "
            "in the summer than the year before.",
            "A place to store the items over the summer is essential. The autumn give-away day works best right "
            "at the start of term.",
        ),
    },
    {
        "key": "community-fridge",
        "think_tank": "intergalactic",
        "themes": ["circular-economy"],
        "goals": ["wellbeing"],
        "status": "discontinued",
        "timeline": [("planned", "2019-04-01"), ("running", "2019-06-03"), ("discontinued", "2019-08-16")],
        "participants": 140,
        "budget": 1800,
        "decision": "stop",
        "partners": ["parishes", "small-businesses"],
        "fi": (
            "Yhteisöjääkaappi ruokahävikille",
            "Kaupat ja kotitaloudet saivat jättää syömäkelpoista ylijäämäruokaa yhteiseen jääkaappiin, josta "
            "kuka tahansa sai ottaa.",
            "Seurakuntatalon aula, keskusta",
            "Yhteinen jääkaappi vähentää ruokahävikkiä ja auttaa niitä, joilla on tiukkaa.",
            "Jääkaappiin tuodun ruoan määrä ja hävikiksi päätyneen ruoan osuus.",
            "Ruokaa tuotiin arviolta 900 kiloa, mutta kesän helteillä jääkaapin puhtaanapito ja "
            "lämpötilaseuranta eivät pysyneet vapaaehtoisvoimin hallinnassa. Kokeilu keskeytettiin.",
            "Elintarviketurvallisuus vaatii selvän vastuuhenkilön ja päivittäisen tarkistuksen. Ruoka-apua "
            "kannattaa kehittää yhdessä jo toimivien ruoka-avun järjestäjien kanssa.",
        ),
        "sv": (
            "Gemensamt kylskåp mot matsvinn",
            "Butiker och hushåll fick lämna ätbar överbliven mat i ett gemensamt kylskåp, som vem som helst fick "
            "ta från.",
            "Församlingshemmets entréhall, centrum",
            "Ett gemensamt kylskåp minskar matsvinnet och hjälper dem som har det knapert.",
            "Mängden mat som lämnades i kylskåpet och andelen som ändå blev svinn.",
            "Uppskattningsvis 900 kilo mat lämnades, men under sommarens värmebölja räckte de frivilligas krafter "
            "inte till för att hålla kylskåpet rent och följa temperaturen. Försöket avbröts.",
            "Livsmedelssäkerheten kräver en tydlig ansvarsperson och daglig kontroll. Mathjälp bör utvecklas "
            "tillsammans med dem som redan ordnar mathjälp.",
        ),
        "en": (
            "A community fridge against food waste",
            "Shops and households could leave surplus food that was still good to eat in a shared fridge, and "
            "anyone could take from it.",
            "Parish hall lobby, city centre",
            "A shared fridge reduces food waste and helps people who are short of money.",
            "Amount of food brought to the fridge, and the share that still went to waste.",
            "An estimated 900 kilos of food was brought in, but in the summer heat volunteers could not keep the "
            "fridge clean and its temperature monitored. The experiment was stopped.",
            "Food safety needs a clearly named person in charge and a daily check. Food aid is best developed "
            "with the organisations that already provide it.",
        ),
    },
    {
        "key": "block-party-kit",
        "think_tank": "intergalactic",
        "themes": ["block-parties"],
        "goals": ["wellbeing", "interaction"],
        "status": "completed",
        "timeline": [("planned", "2019-02-18"), ("running", "2019-05-02"), ("completed", "2019-09-30")],
        "participants": 2400,
        "budget": 7500,
        "decision": "scale_up",
        "partners": ["residents-associations", "sports", "culture"],
        "related": ["palosaari-block-party"],
        "fi": (
            "Korttelijuhlapaketti",
            "Asukkaat saivat lainaan valmiin juhlapaketin – pöydät, teltan, äänentoiston ja pihapelit – sekä "
            "yhden sivun ohjeen luvista. Kaupunki hoiti kadun sulkuluvan puolestaan.",
            "Kaikki kaupunginosat",
            "Kun luvat ja tarvikkeet ovat valmiina, naapurit järjestävät juhlia itse.",
            "Järjestettyjen juhlien määrä ja järjestäjien kokemus.",
            "Kesän aikana paketti lainattiin 19 juhlaan eri puolilla kaupunkia, ja niihin osallistui yhteensä "
            "noin 2 400 ihmistä.",
            "Yhden sivun lupaohje oli paketin tärkein osa. Paketteja tarvitaan kaksi, jotta viikonloppujen "
            "kysyntään riittää.",
        ),
        "sv": (
            "Kvartersfestpaket",
            "Invånarna kunde låna ett färdigt festpaket – bord, tält, ljudanläggning och gårdsspel – och en "
            "ensidig anvisning om tillstånd. Staden ordnade tillståndet att stänga gatan.",
            "Alla stadsdelar",
            "När tillstånd och utrustning är färdiga ordnar grannarna fester själva.",
            "Antalet ordnade fester och arrangörernas erfarenheter.",
            "Under sommaren lånades paketet ut till 19 fester runt om i staden, och sammanlagt omkring 2 400 "
            "personer deltog.",
            "Den ensidiga anvisningen om tillstånd var paketets viktigaste del. Det behövs två paket för att "
            "räcka till efterfrågan på veckosluten.",
        ),
        "en": (
            "A block party kit",
            "Residents could borrow a ready-made party kit – tables, a tent, a sound system and yard games – with "
            "a one-page guide to permits. The city arranged the street closure permit for them.",
            "All districts",
            "When permits and equipment are ready, neighbours will throw parties themselves.",
            "Number of parties held, and the organisers' experience.",
            "Over the summer, the kit was lent to 19 parties around the city, attended by about 2,400 people in all.",
            "The one-page permit guide was the most important part of the kit. Two kits are needed to meet "
            "demand at weekends.",
        ),
    },
    {
        "key": "open-stage-market-square",
        "think_tank": "intergalactic",
        "themes": ["urban-culture"],
        "goals": ["attractiveness"],
        "status": "completed",
        "timeline": [("planned", "2019-03-25"), ("running", "2019-06-07"), ("completed", "2019-08-30")],
        "participants": 3200,
        "budget": 11000,
        "decision": "iterate",
        "partners": ["culture", "small-businesses", "novia"],
        "fi": (
            "Avoin lava torilla",
            "Kesän perjantai-iltoina torilla oli lava, jolle kuka tahansa sai varata vartin esiintymisajan: "
            "bändit, kuorot, runoilijat ja tanssijat.",
            "Kauppatori, keskusta",
            "Avoin lava tuo torille elämää kesäiltoihin ja antaa paikallisille tekijöille näkyvyyttä.",
            "Esiintyjien ja yleisön määrä sekä torikauppiaiden palaute.",
            "Kahdellatoista illalla esiintyi 74 ryhmää, ja yleisöä oli yhteensä noin 3 200. Kauppiaat toivoivat "
            "iltoja myös lauantaille.",
            "Varausjärjestelmän on oltava kolmikielinen ja helppo. Sateen varalle tarvitaan katos.",
        ),
        "sv": (
            "Öppen scen på torget",
            "Under sommarens fredagskvällar fanns det en scen på torget, där vem som helst kunde boka en kvart: "
            "band, körer, poeter och dansare.",
            "Salutorget, centrum",
            "En öppen scen ger torget liv under sommarkvällarna och lokala förmågor synlighet.",
            "Antalet uppträdande och publiken samt torghandlarnas respons.",
            "Under tolv kvällar uppträdde 74 grupper inför sammanlagt omkring 3 200 åskådare. Handlarna önskade "
            "kvällar också på lördagar.",
            "Bokningssystemet måste vara trespråkigt och enkelt. Vid regn behövs ett tak.",
        ),
        "en": (
            "An open stage on the market square",
            "On summer Friday evenings there was a stage on the market square where anyone could book a "
            "fifteen-minute slot: bands, choirs, poets and dancers.",
            "Market Square, city centre",
            "An open stage brings life to the square on summer evenings and gives local performers a platform.",
            "Number of performers and audience, and feedback from market traders.",
            "On twelve evenings, 74 groups performed to about 3,200 people in all. Traders asked for Saturday "
            "evenings, too.",
            "The booking system must be trilingual and easy. A roof is needed in case of rain.",
        ),
    },
    {
        "key": "yard-parklet",
        "think_tank": "intergalactic",
        "themes": ["creative-urban-space", "circular-economy"],
        "goals": ["attractiveness", "wellbeing"],
        "status": "completed",
        "timeline": [("planned", "2019-04-08"), ("running", "2019-05-27"), ("completed", "2019-09-27")],
        "participants": None,
        "budget": 5500,
        "decision": "scale_up",
        "partners": ["planning", "vamk", "recycling-centre"],
        "fi": (
            "Kesäterassi pysäköintiruutuihin",
            "Kahden pysäköintiruudun paikalle rakennettiin kesäksi kierrätyspuusta terassi istutuksineen. "
            "Rakentajina olivat ammattikorkeakoulun opiskelijat.",
            "Hovioikeudenpuistikko, keskusta",
            "Kadun pieni viihtyisä tila houkuttelee pysähtymään ja elävöittää keskustaa enemmän kuin kaksi "
            "autopaikkaa.",
            "Oleskelijoiden määrä havainnointikerroilla ja lähiyritysten palaute.",
            "Terassilla istui havainnointikerroilla keskimäärin 14 ihmistä tunnissa. Lähiyritykset toivoivat "
            "terassia takaisin seuraavana kesänä.",
            "Kierrätysmateriaali toimi hyvin, mutta talvisäilytys on suunniteltava. Pysäköintipaikkojen "
            "poistamisesta on kerrottava lähialueelle ajoissa.",
        ),
        "sv": (
            "Sommarterrass på parkeringsrutor",
            "På platsen för två parkeringsrutor byggdes för sommaren en terrass av återvunnet virke med "
            "planteringar. Den byggdes av studerande vid yrkeshögskolan.",
            "Hovrättsesplanaden, centrum",
            "En liten trivsam plats på gatan lockar folk att stanna och ger centrum mer liv än två bilplatser.",
            "Antalet personer som vistades på terrassen vid observationerna och de närbelägna företagens respons.",
            "Vid observationerna satt i genomsnitt 14 personer i timmen på terrassen. Företagen i närheten "
            "ville ha terrassen tillbaka följande sommar.",
            "Återvunnet material fungerade bra, men vinterförvaringen måste planeras. Att parkeringsplatser "
            "försvinner måste meddelas i området i god tid.",
        ),
        "en": (
            "A summer terrace in parking spaces",
            "Two parking spaces were turned into a summer terrace with plants, built from reclaimed timber by "
            "students of the university of applied sciences.",
            "Hovioikeudenpuistikko, city centre",
            "A small, pleasant spot on the street makes people stop and livens up the centre more than two "
            "parking spaces do.",
            "Number of people spending time there during observations, and feedback from nearby businesses.",
            "On average, 14 people an hour sat on the terrace during observations. Nearby businesses asked to "
            "have the terrace back the next summer.",
            "Reclaimed material worked well, but winter storage must be planned. The loss of parking spaces "
            "must be announced to the neighbourhood in good time.",
        ),
    },
    {
        "key": "snow-clearing-forecast",
        "think_tank": "intergalactic",
        "themes": ["artificial-intelligence", "mobility"],
        "goals": ["experimentation", "wellbeing"],
        "status": "planned",
        "timeline": [("idea", "2019-10-14"), ("planned", "2020-02-03")],
        "starts": "2020-11-02",
        "participants": None,
        "budget": 15000,
        "decision": "undecided",
        "partners": ["street-maintenance", "university"],
        "related": ["feedback-classifier"],
        "fi": (
            "Tekoäly ennakoi lumenaurauksen tarvetta",
            "Malli yhdistää sääennusteen, aiemmat auraustiedot ja asukaspalautteen ja ehdottaa, mitkä kävely- "
            "ja pyöräreitit aurataan ensin.",
            "Kävely- ja pyöräreitit koko kaupungissa",
            "Kun auraus kohdistetaan ennusteen mukaan, pääreitit ovat aamulla auki useammin.",
            "Aamuisin auki olleiden pääreittien osuus ja liukkaudesta tullut palaute ennen kokeilua ja sen aikana.",
            "",
            "",
        ),
        "sv": (
            "AI förutser behovet av snöplogning",
            "En modell kombinerar väderprognosen, tidigare plogningsdata och invånarnas respons och föreslår "
            "vilka gång- och cykelleder som ska plogas först.",
            "Gång- och cykellederna i hela staden",
            "När plogningen riktas enligt prognosen är huvudlederna oftare farbara på morgonen.",
            "Andelen huvudleder som var farbara på morgonen och responsen om halka före och under försöket.",
            "",
            "",
        ),
        "en": (
            "AI forecasts the need for snow clearing",
            "A model combines the weather forecast, past clearing data and residents' feedback, and suggests "
            "which walking and cycling routes to clear first.",
            "Walking and cycling routes across the city",
            "When clearing follows the forecast, the main routes are open in the morning more often.",
            "Share of main routes open in the morning, and feedback about slippery paths, before and during the "
            "experiment.",
            "",
            "",
        ),
    },
    {
        "key": "empty-spaces-map",
        "think_tank": "intergalactic",
        "themes": ["creative-urban-space", "open-governance"],
        "goals": ["attractiveness"],
        "status": "idea",
        "timeline": [("idea", "2020-03-09")],
        "participants": None,
        "budget": None,
        "decision": "undecided",
        "partners": [],
        "related": ["pop-up-living-room"],
        "fi": (
            "Tyhjien tilojen kartta",
            "Avoin kartta tyhjistä liike- ja julkisista tiloista, joita yhdistykset ja tekijät voisivat vuokrata "
            "lyhyeksi aikaa edullisesti.",
            "Keskusta",
            "Kun tyhjät tilat ovat näkyvissä, niille löytyy käyttäjiä ja keskusta elävöityy.",
            "",
            "",
            "",
        ),
        "sv": (
            "Karta över tomma lokaler",
            "En öppen karta över tomma affärslokaler och offentliga lokaler som föreningar och kreatörer kunde "
            "hyra förmånligt för en kort tid.",
            "Centrum",
            "När de tomma lokalerna syns hittar de användare och centrum får mer liv.",
            "",
            "",
            "",
        ),
        "en": (
            "A map of empty spaces",
            "An open map of empty shops and public premises that associations and makers could rent cheaply for "
            "a short time.",
            "City centre",
            "When empty spaces are visible, they find users and the centre comes to life.",
            "",
            "",
            "",
        ),
    },
]
