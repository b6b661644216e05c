"""Experiments of the Take root in Vaasa think tank, 2018–2020: rooting students in the city.

Each text is (title, summary, place, hypothesis, how success is measured, result, lessons learned).
"""

EXPERIMENTS = [
    {
        "key": "language-cafe",
        "think_tank": "students",
        "themes": ["rooting-students", "urban-culture"],
        "goals": ["attractiveness", "interaction"],
        "status": "completed",
        "timeline": [("planned", "2018-01-15"), ("running", "2018-02-07"), ("completed", "2018-05-30")],
        "participants": 380,
        "budget": 1500,
        "decision": "scale_up",
        "partners": ["library", "novia", "university"],
        "fi": (
            "Kielikahvila kolmella kielellä",
            "Joka keskiviikko kirjaston kahvilassa harjoiteltiin suomea, ruotsia ja englantia pöydittäin "
            "– vaihto-opiskelijat, paikalliset opiskelijat ja kaupunkilaiset yhdessä.",
            "Pääkirjasto, keskusta",
            "Kun kansainväliset opiskelijat oppivat arkikieltä ja tutustuvat paikallisiin, he viihtyvät "
            "kaupungissa paremmin.",
            "Kävijämäärät ja kysely siitä, oliko kävijä saanut uusia tuttavia.",
            "Kevään aikana 380 eri kävijää osallistui kielikahvilaan. Neljä viidestä kertoi saaneensa uusia "
            "tuttavia, ja moni heistä tapasi myös kahvilan ulkopuolella.",
            "Ruotsin pöytä oli yllättäen suosituin: moni suomenkielinen halusi harjoitella. Vapaaehtoiset "
            "pöydän vetäjät tekivät illoista onnistuneita.",
        ),
        "sv": (
            "Språkcafé på tre språk",
            "Varje onsdag övade man finska, svenska och engelska vid olika bord i bibliotekets kafé – "
            "utbytesstuderande, lokala studerande och andra invånare tillsammans.",
            "Huvudbiblioteket, centrum",
            "När internationella studerande lär sig vardagsspråket och lär känna lokalbefolkningen trivs de "
            "bättre i staden.",
            "Antalet besökare och en enkät om besökaren hade fått nya bekanta.",
            "Under våren deltog 380 olika besökare i språkcaféet. Fyra av fem sade att de hade fått nya bekanta, "
            "och många av dem träffades också utanför caféet.",
            "Svenskbordet var överraskande nog populärast: många finskspråkiga ville öva. Frivilliga "
            "bordsvärdar gjorde kvällarna lyckade.",
        ),
        "en": (
            "A language café in three languages",
            "Every Wednesday at the library café, people practised Finnish, Swedish and English at separate "
            "tables – exchange students, local students and residents together.",
            "Main Library, city centre",
            "When international students learn everyday language and meet local people, they feel more at home "
            "in the city.",
            "Number of visitors, and a survey on whether visitors had made new acquaintances.",
            "Over the spring, 380 different visitors took part. Four out of five said they had made new "
            "acquaintances, and many of them also met outside the café.",
            "The Swedish table was, surprisingly, the most popular: many Finnish speakers wanted to practise. "
            "Volunteer table hosts made the evenings a success.",
        ),
    },
    {
        "key": "student-city-pass",
        "think_tank": "students",
        "themes": ["rooting-students", "urban-culture"],
        "goals": ["attractiveness", "wellbeing"],
        "status": "completed",
        "timeline": [("planned", "2018-05-07"), ("running", "2018-08-27"), ("completed", "2018-12-31")],
        "participants": 2300,
        "budget": 16000,
        "decision": "scale_up",
        "partners": ["culture", "sports", "student-union", "vamk"],
        "fi": (
            "Vaasa-passi uusille opiskelijoille",
            "Jokainen uusi opiskelija sai syksyllä passin, jolla pääsi maksutta kaupungin museoihin, uimahalliin, "
            "teatterin harjoitusnäytöksiin ja kuntosalille.",
            "Kaupungin kulttuuri- ja liikuntapaikat",
            "Kun opiskelija löytää ensimmäisenä syksynä omat paikkansa kaupungista, hän kotiutuu nopeammin.",
            "Passin käyttökerrat ja kevään kysely siitä, kokeeko opiskelija Vaasan kodikseen.",
            "Passin sai 2 300 opiskelijaa, ja sitä käytettiin noin 9 000 kertaa. Uimahalli ja museot olivat "
            "suosituimmat.",
            "Passi toimi parhaiten, kun se jaettiin orientaatioviikolla yhdessä kaupunkikävelyn kanssa.",
        ),
        "sv": (
            "Vasapass för nya studerande",
            "Varje ny studerande fick på hösten ett pass som gav fritt inträde till stadens museer, simhallen, "
            "teaterns genrep och gymmet.",
            "Stadens kultur- och idrottsplatser",
            "När de studerande hittar sina egna platser i staden redan under den första hösten känner de sig "
            "snabbare hemma.",
            "Hur många gånger passet användes och en enkät på våren om den studerande upplever Vasa som sitt hem.",
            "2 300 studerande fick passet, och det användes omkring 9 000 gånger. Simhallen och museerna var "
            "populärast.",
            "Passet fungerade bäst när det delades ut under orienteringsveckan tillsammans med en stadsvandring.",
        ),
        "en": (
            "A Vaasa pass for new students",
            "Every new student received a pass in the autumn giving free entry to the city's museums, the "
            "swimming hall, theatre dress rehearsals and the gym.",
            "The city's cultural and sports venues",
            "When students find places of their own in the city in their first autumn, they settle in sooner.",
            "Number of times the pass was used, and a spring survey on whether students feel Vaasa is home.",
            "2,300 students received the pass, and it was used about 9,000 times. The swimming hall and the "
            "museums were the most popular.",
            "The pass worked best when it was handed out in orientation week together with a city walk.",
        ),
    },
    {
        "key": "student-ambassadors",
        "think_tank": "students",
        "themes": ["rooting-students"],
        "goals": ["attractiveness"],
        "status": "completed",
        "timeline": [("planned", "2018-06-04"), ("running", "2018-09-03"), ("completed", "2019-05-31")],
        "participants": 24,
        "budget": 9000,
        "decision": "iterate",
        "partners": ["university", "vamk", "novia"],
        "fi": (
            "Opiskelijalähettiläät",
            "Kaksikymmentäneljä opiskelijaa kertoi somessa ja tapahtumissa, millaista Vaasassa on opiskella ja "
            "elää. Heille maksettiin pieni palkkio.",
            "Sosiaalinen media ja opiskelijamessut",
            "Opiskelijoiden omat kertomukset houkuttelevat hakijoita ja kertovat kaupungista uskottavammin kuin "
            "mainokset.",
            "Seuraajamäärät, tavoittavuus ja hakijoille tehty kysely.",
            "Lähettiläiden julkaisut tavoittivat lukuvuoden aikana noin 180 000 ihmistä. Hakijakyselyssä joka "
            "kymmenes mainitsi lähettiläät.",
            "Aidoimmat julkaisut olivat arkisia. Lähettiläät tarvitsevat yhteisen tuen ja vapauden sanoa myös "
            "kriittisiä asioita.",
        ),
        "sv": (
            "Studentambassadörer",
            "Tjugofyra studerande berättade i sociala medier och vid evenemang hur det är att studera och leva "
            "i Vasa. De fick ett litet arvode.",
            "Sociala medier och studiemässor",
            "De studerandes egna berättelser lockar sökande och berättar om staden mer trovärdigt än reklam.",
            "Antalet följare, räckvidden och en enkät till de sökande.",
            "Ambassadörernas inlägg nådde under läsåret omkring 180 000 personer. I enkäten till de sökande "
            "nämnde var tionde ambassadörerna.",
            "De mest äkta inläggen handlade om vardagen. Ambassadörerna behöver gemensamt stöd och frihet att "
            "också säga kritiska saker.",
        ),
        "en": (
            "Student ambassadors",
            "Twenty-four students told people on social media and at events what it is like to study and live "
            "in Vaasa. They were paid a small fee.",
            "Social media and study fairs",
            "Students' own stories attract applicants and tell about the city more credibly than advertising.",
            "Followers, reach, and a survey of applicants.",
            "The ambassadors' posts reached about 180,000 people during the academic year. In the applicant "
            "survey, one in ten mentioned the ambassadors.",
            "The most genuine posts were about everyday life. Ambassadors need shared support and the freedom to "
            "say critical things, too.",
        ),
    },
    {
        "key": "summer-job-voucher",
        "think_tank": "students",
        "themes": ["rooting-students"],
        "goals": ["attractiveness", "experimentation"],
        "status": "completed",
        "timeline": [("planned", "2018-11-12"), ("running", "2019-03-01"), ("completed", "2019-09-30")],
        "participants": 118,
        "budget": 60000,
        "decision": "scale_up",
        "partners": ["employment", "small-businesses", "student-union"],
        "fi": (
            "Kesätyöseteli korkeakouluopiskelijoille",
            "Pienyritys, joka palkkasi korkeakouluopiskelijan vähintään kahdeksaksi viikoksi omaa alaa vastaaviin "
            "töihin, sai kaupungilta 500 euron setelin.",
            "Vaasan seudun pienyritykset",
            "Kesätyö omalla alalla sitoo opiskelijan paikalliseen työnantajaan ja tekee jäämisestä todennäköisempää.",
            "Käytettyjen setelien määrä ja seurantakysely vuoden päästä.",
            "Setelillä palkattiin 118 opiskelijaa. Vuoden päästä 41 heistä työskenteli edelleen samassa "
            "yrityksessä joko osa-aikaisesti tai opinnäytetyön parissa.",
            "Setelin haku on pidettävä kevyenä. Yritykset toivoivat tietoa seteleistä jo tammikuussa, kun "
            "kesätyöt suunnitellaan.",
        ),
        "sv": (
            "Sommarjobbssedel för högskolestuderande",
            "Ett litet företag som anställde en högskolestuderande i minst åtta veckor för arbete inom den "
            "studerandes bransch fick en sedel på 500 euro av staden.",
            "Småföretag i Vasaregionen",
            "Ett sommarjobb inom den egna branschen knyter den studerande till en lokal arbetsgivare och gör det "
            "mer sannolikt att hen stannar.",
            "Antalet använda sedlar och en uppföljningsenkät efter ett år.",
            "118 studerande anställdes med sedeln. Ett år senare arbetade 41 av dem fortfarande i samma "
            "företag, antingen på deltid eller med sitt slutarbete.",
            "Ansökan om sedeln måste hållas enkel. Företagen ville få veta om sedlarna redan i januari, när "
            "sommarjobben planeras.",
        ),
        "en": (
            "Summer job voucher for university students",
            "A small company that hired a university student for at least eight weeks in a job in the student's "
            "own field received a 500-euro voucher from the city.",
            "Small businesses in the Vaasa region",
            "A summer job in your own field ties you to a local employer and makes staying more likely.",
            "Number of vouchers used, and a follow-up survey a year later.",
            "118 students were hired with the voucher. A year later, 41 of them still worked for the same "
            "company, part-time or on their thesis.",
            "Applying for the voucher must stay simple. Companies wanted to hear about it in January, when summer "
            "jobs are planned.",
        ),
    },
    {
        "key": "host-families",
        "think_tank": "students",
        "themes": ["rooting-students", "block-parties"],
        "goals": ["interaction", "wellbeing"],
        "status": "completed",
        "timeline": [("planned", "2019-05-13"), ("running", "2019-09-02"), ("completed", "2020-05-29")],
        "participants": 150,
        "budget": 3000,
        "decision": "scale_up",
        "partners": ["university", "novia", "parishes"],
        "related": ["language-cafe"],
        "fi": (
            "Kummiperheet kansainvälisille opiskelijoille",
            "Vaasalainen perhe ja kansainvälinen opiskelija tapasivat lukuvuoden aikana muutaman kerran: "
            "saunoivat, leipoivat, kävivät marjassa tai viettivät juhlapyhiä yhdessä.",
            "Koko kaupunki",
            "Paikallinen perhe tekee vieraasta kaupungista kodin ja auttaa opiskelijaa jäämään valmistumisen jälkeen.",
            "Kummisuhteiden määrä ja kysely lukuvuoden lopussa.",
            "75 perhettä ja 75 opiskelijaa muodosti parin. Kevään kyselyssä 60 prosenttia opiskelijoista kertoi "
            "harkitsevansa jäämistä Vaasaan.",
            "Kevyt aloitus toimi: ensimmäinen tapaaminen oli yhteinen tilaisuus, josta parit jatkoivat omaan "
            "tahtiinsa.",
        ),
        "sv": (
            "Fadderfamiljer för internationella studerande",
            "En familj från Vasa och en internationell studerande träffades några gånger under läsåret: de "
            "bastade, bakade, plockade bär eller firade helger tillsammans.",
            "Hela staden",
            "En lokal familj gör en främmande stad till ett hem och hjälper den studerande att stanna efter examen.",
            "Antalet fadderpar och en enkät i slutet av läsåret.",
            "75 familjer och 75 studerande bildade par. I vårens enkät sade 60 procent av de studerande att de "
            "övervägde att stanna i Vasa.",
            "En lätt start fungerade: den första träffen var ett gemensamt evenemang, och sedan fortsatte paren "
            "i sin egen takt.",
        ),
        "en": (
            "Host families for international students",
            "A Vaasa family and an international student met a few times during the academic year: they went "
            "to the sauna, baked, picked berries or spent holidays together.",
            "Across the city",
            "A local family turns a strange city into a home and helps the student to stay after graduating.",
            "Number of pairs, and a survey at the end of the academic year.",
            "75 families and 75 students were paired. In the spring survey, 60 per cent of the students said "
            "they were considering staying in Vaasa.",
            "A light start worked: the first meeting was a joint event, and the pairs carried on at their own pace.",
        ),
    },
    {
        "key": "thesis-bank",
        "think_tank": "students",
        "themes": ["rooting-students", "open-governance"],
        "goals": ["experimentation", "interaction"],
        "status": "completed",
        "timeline": [("planned", "2019-01-07"), ("running", "2019-02-11"), ("completed", "2019-12-20")],
        "participants": 37,
        "budget": None,
        "decision": "scale_up",
        "partners": ["university", "vamk", "novia"],
        "fi": (
            "Opinnäytetyöpankki",
            "Kaupungin yksiköt kirjasivat avoimeen pankkiin kysymyksiä, joihin ne toivoivat opinnäytetöitä. "
            "Opiskelijat valitsivat aiheen ja saivat kaupungilta ohjaajan.",
            "Kaupungin yksiköt ja korkeakoulut",
            "Opinnäytetyö kaupungin todellisesta kysymyksestä tuo opiskelijan ideat virkakoneistoon ja "
            "tutustuttaa opiskelijan kaupunkiin työnantajana.",
            "Aloitettujen ja valmistuneiden töiden määrä ja yksiköiden arvio töiden hyödystä.",
            "Pankissa oli vuoden aikana 52 aihetta, ja niistä aloitettiin 37 opinnäytetyötä. Yksiköt arvioivat "
            "valmiit työt hyödyllisiksi, ja neljä tekijää palkattiin kaupungille.",
            "Aiheen on oltava rajattu ja ohjaajan nimetty ennen julkaisua. Valmiiden töiden tulokset kannattaa "
            "esitellä koko organisaatiolle.",
        ),
        "sv": (
            "Slutarbetsbanken",
            "Stadens enheter skrev in frågor i en öppen bank som de ville att slutarbeten skulle behandla. De "
            "studerande valde ämne och fick en handledare från staden.",
            "Stadens enheter och högskolorna",
            "Ett slutarbete om en verklig fråga i staden för in de studerandes idéer i förvaltningen och gör "
            "staden bekant som arbetsgivare.",
            "Antalet påbörjade och färdiga arbeten och enheternas bedömning av nyttan.",
            "Under året fanns 52 ämnen i banken, och 37 slutarbeten påbörjades. Enheterna bedömde de färdiga "
            "arbetena som nyttiga, och fyra skribenter anställdes av staden.",
            "Ämnet måste vara avgränsat och handledaren utsedd innan ämnet publiceras. Resultaten av de färdiga "
            "arbetena bör presenteras för hela organisationen.",
        ),
        "en": (
            "A thesis bank",
            "City units posted questions they wanted theses on in an open bank. Students chose a topic and were "
            "given a supervisor from the city.",
            "City units and universities",
            "A thesis on a real question of the city brings students' ideas into the administration and shows "
            "the city as an employer.",
            "Number of theses started and completed, and the units' view of their usefulness.",
            "The bank held 52 topics during the year, and 37 theses were started. The units found the completed "
            "theses useful, and four of the authors were hired by the city.",
            "The topic must be well defined and the supervisor named before it is published. The results should "
            "be presented to the whole organisation.",
        ),
    },
    {
        "key": "students-in-senior-housing",
        "think_tank": "students",
        "themes": ["rooting-students", "block-parties"],
        "goals": ["wellbeing", "interaction"],
        "status": "discontinued",
        "timeline": [("planned", "2019-04-15"), ("running", "2019-08-26"), ("discontinued", "2020-03-31")],
        "participants": 6,
        "budget": 8000,
        "decision": "iterate",
        "partners": ["elderly", "student-housing"],
        "fi": (
            "Opiskelijat asumaan senioritaloon",
            "Kuusi opiskelijaa asui senioritalossa edullisesti ja vietti vastineeksi muutaman tunnin viikossa "
            "yhteistä aikaa asukkaiden kanssa.",
            "Senioritalo, keskusta",
            "Sukupolvien yhteisasuminen vähentää ikäihmisten yksinäisyyttä ja tarjoaa opiskelijoille edullisen kodin.",
            "Asukkaiden ja opiskelijoiden haastattelut sekä yhteisen toiminnan määrä.",
            "Asukkaat pitivät yhteisistä illoista, ja opiskelijat viihtyivät. Kokeilu keskeytettiin keväällä 2020, "
            "kun vierailut senioritaloihin rajoitettiin koronaepidemian vuoksi.",
            "Malli kannattaa kokeilla uudelleen. Yhteisen ajan sisällöstä on sovittava väljästi: pakolliset "
            "ohjelmanumerot eivät innostaneet kumpaakaan osapuolta.",
        ),
        "sv": (
            "Studerande flyttar in i seniorhuset",
            "Sex studerande bodde förmånligt i ett seniorhus och tillbringade i gengäld några timmar i veckan "
            "tillsammans med de boende.",
            "Seniorhuset, centrum",
            "Boende över generationsgränserna minskar de äldres ensamhet och ger de studerande ett förmånligt hem.",
            "Intervjuer med de boende och de studerande samt hur mycket gemensam verksamhet det fanns.",
            "De boende tyckte om de gemensamma kvällarna, och de studerande trivdes. Försöket avbröts våren "
            "2020, när besöken i seniorhusen begränsades på grund av coronaepidemin.",
            "Modellen är värd att prövas på nytt. Innehållet i den gemensamma tiden ska avtalas fritt: "
            "obligatoriska programpunkter inspirerade ingendera parten.",
        ),
        "en": (
            "Students move into senior housing",
            "Six students lived in a senior housing block at a low rent and, in return, spent a few hours a week "
            "with the residents.",
            "Senior housing, city centre",
            "Living across generations reduces loneliness among older people and gives students an affordable home.",
            "Interviews with residents and students, and how much they did together.",
            "The residents enjoyed the shared evenings, and the students liked living there. The experiment was "
            "interrupted in spring 2020, when visits to senior housing were restricted because of the coronavirus "
            "epidemic.",
            "The model is worth trying again. What the shared time holds should be agreed loosely: compulsory "
            "programme items inspired neither side.",
        ),
    },
    {
        "key": "student-budget-workshop",
        "think_tank": "students",
        "themes": ["open-governance", "rooting-students"],
        "goals": ["interaction"],
        "status": "planned",
        "timeline": [("idea", "2019-11-18"), ("planned", "2020-02-17")],
        "starts": "2020-09-14",
        "participants": None,
        "budget": 2000,
        "decision": "undecided",
        "partners": ["student-union", "university"],
        "related": ["student-councillor-lunches"],
        "fi": (
            "Opiskelijat mukaan talousarvion valmisteluun",
            "Opiskelijat kommentoivat työpajassa kaupungin talousarvioehdotusta ennen kuin se menee "
            "valtuustoon, ja heidän näkemyksensä liitetään valmisteluaineistoon.",
            "Kaupungintalo",
            "Kun opiskelijat näkevät, miten kaupungin rahat jaetaan, he osallistuvat ja äänestävät todennäköisemmin.",
            "Osallistujamäärä, valmisteluun liitettyjen näkemysten määrä ja osallistujien kysely.",
            "",
            "",
        ),
        "sv": (
            "Studerande med i budgetberedningen",
            "De studerande kommenterar stadens budgetförslag i en workshop innan det går till fullmäktige, och "
            "deras synpunkter fogas till beredningsmaterialet.",
            "Stadshuset",
            "När de studerande ser hur stadens pengar fördelas deltar och röstar de mer sannolikt.",
            "Antalet deltagare, antalet synpunkter som fogades till beredningen och en enkät till deltagarna.",
            "",
            "",
        ),
        "en": (
            "Students take part in preparing the budget",
            "Students comment on the city's draft budget in a workshop before it goes to the council, and their "
            "views are attached to the preparatory documents.",
            "City Hall",
            "When students see how the city's money is shared out, they are more likely to take part and vote.",
            "Number of participants, number of views attached to the preparation, and a participant survey.",
            "",
            "",
        ),
    },
    {
        "key": "student-startup-sauna",
        "think_tank": "students",
        "themes": ["rooting-students", "creative-urban-space"],
        "goals": ["attractiveness", "experimentation"],
        "status": "idea",
        "timeline": [("idea", "2020-05-11")],
        "participants": None,
        "budget": None,
        "decision": "undecided",
        "partners": [],
        "related": ["summer-job-voucher"],
        "fi": (
            "Yrityssauna opiskelijoille",
            "Kerran kuussa opiskelijat ja paikalliset yrittäjät kohtaisivat saunaillassa, jossa ideoita "
            "pallotellaan rennosti ilman esityksiä.",
            "Yleinen sauna, keskusta",
            "Rento kohtaaminen synnyttää yhteistyötä ja yrityksiä helpommin kuin viralliset tilaisuudet.",
            "",
            "",
            "",
        ),
        "sv": (
            "Företagsbastu för studerande",
            "En gång i månaden skulle studerande och lokala företagare träffas på en bastukväll, där idéer bollas "
            "avslappnat utan presentationer.",
            "Allmänna bastun, centrum",
            "Ett avslappnat möte leder lättare till samarbete och nya företag än officiella tillställningar.",
            "",
            "",
            "",
        ),
        "en": (
            "A start-up sauna for students",
            "Once a month, students and local entrepreneurs would meet at a sauna evening to bat ideas around "
            "informally, with no presentations.",
            "Public sauna, city centre",
            "A relaxed meeting leads to cooperation and new companies more easily than formal events.",
            "",
            "",
            "",
        ),
    },
]
