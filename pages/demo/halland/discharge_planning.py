"""Seed 004: the instruction for care and discharge planning."""

from pages.models import RoutinePage

from ..spec import (
    PageSpec,
    block,
    bullets,
    legal,
    paragraphs,
    subheading,
)

ATTEND_TO_RULE = (
    "Säkerställa att kriterierna för hemgångsklar är avstämda inför utskrivningen och "
    "säkerställda/uppfyllda utifrån patientens aktuella behov."
)

DISCHARGE_PLANNING = PageSpec(
    RoutinePage,
    key="halland-utskrivningsplanering",
    title="Anvisning: Vård- och omsorgsplanering i öppenvård och samverkan vid "
    "utskrivning från slutenvård",
    slug="vard-och-omsorgsplanering",
    fields={
        "kind": "anvisning",
        "purpose": paragraphs(
            "Denna anvisning är framtagen och överenskommen inom den regionala "
            "samverkansstrukturen i Halland. Varje huvudman ansvarar för att "
            "Anvisningen fastställs i respektive huvudmans ledningssystem.",
            "Till denna anvisning finns rutinen ”Samverkansrutin Vård- och "
            "omsorgsplanering i öppenvård och utskrivningsplanering från sluten hälso- "
            "och sjukvård”.",
        ),
        "scope": paragraphs(
            "Anvisningen utgår från gällande lagar och regelverk och gäller för "
            "Hallands sjukhus, Psykiatrin i Halland, närsjukvården i Halland (Vårdval "
            "Halland), Hallands kommuner (inklusive privata utförare) och privata "
            "vårdgivare med slutenvårdsverksamhet i Region Halland."
        ),
        "changes_since_previous": paragraphs(
            "Översiktbild Utskrivningsprocessen uppdaterad och stycket om "
            "Betalningsansvar tillagt."
        ),
    },
    content=[
        block(
            "item_list",
            heading="Mål",
            anchor="mal",
            intro="Denna Anvisning ska stödja en utveckling mot mer God och nära vård "
            "och förstärka samverkan mellan huvudmännen i personens hemmiljö för att "
            "skapa en fungerande vård och omsorg för individen och för att undvika "
            "oplanerad slutenvård.\nFör att genomföra denna utveckling behöver vi ha "
            "fokus på att:",
            items=[
                "Patienten och närstående ges förutsättningar till ett aktivt "
                "deltagande utifrån den enskildes behov",
                "Patientens huvudsakliga vård bedrivs i öppna vårdformer",
                "Den individuella samordnade planeringen ses som en process som "
                "innebär att berörda enheter har ett löpande samarbete med varandra i "
                "både ett kortsiktigt och ett långsiktigt perspektiv",
                "En samordnad vård, stöd och omsorg av god kvalitet säkerställs",
                "Förutsättningar skapas för ett nära samarbete och gemensamt "
                "ansvarstagande",
                "Uppföljningen av patientens vård och omsorg sker kontinuerligt",
                "Planeringsarbetet rörande patienten kommer igång tidigt under "
                "vårdtiden i slutenvården",
            ],
        ),
        block(
            "section",
            heading="Vård- och omsorgsplanering i öppenvård",
            anchor="vard-och-omsorgsplanering-i-oppenvard",
            body=subheading(
                "Samordnad individuell plan enligt socialtjänstlagen och hälso-och "
                "sjukvårdslagen"
            )
            + paragraphs(
                "Lag (2001:453), (2017:30) När den enskilde har behov av insatser både "
                "från hälso- och sjukvården och från socialtjänsten, ska regionen "
                "tillsammans med kommunen upprätta en samordnad individuell plan. "
                "Planen ska upprättas om regionen eller kommunen bedömer att den "
                "behövs för att den enskilde ska få sina behov tillgodosedda och om "
                "den enskilde samtycker till det. Arbetet med planen ska påbörjas utan "
                "dröjsmål.",
                "Planen ska, när det är möjligt, upprättas tillsammans med den "
                "enskilde. Närstående ska ges möjlighet att delta i arbetet med "
                "planen, om det är lämpligt och den enskilde inte motsätter sig det.",
            ),
        ),
        block(
            "section",
            heading="Medicinsk planering – avstämning legitimerad personal i kommunen "
            "och läkare i öppenvård",
            anchor="medicinsk-planering",
            body=paragraphs(
                "För en god och säker vård för personer inskrivna i hemsjukvården "
                "behöver kontakten mellan läkare i öppenvården och kommunal hälso- och "
                "sjukvård stärkas utifrån patientens behov av medicinsk vård och "
                "behandling. Detta för ett proaktivt arbetssätt och för att undvika "
                "oplanerad inskrivning i slutenvården.",
                "Tider ska säkerställas på respektive öppenvårdsenhet för "
                "dialog/samordning av medicinsk planering mellan läkare och "
                "sjuksköterska i kommunal hälso- och sjukvård. Hur kontakten ska se "
                "ut, telefon eller besök, ska tydliggöras i en överenskommelse mellan "
                "respektive öppenvårdsenhet och kommunens hälso- och sjukvård i varje "
                "enskilt fall.",
                "Medicinsk planering enligt denna skrivning omfattar planerat behov av "
                "dialog/samordning.",
                "Vid akut behov ska upparbetad kontaktväg via telefon användas.",
            ),
        ),
        block(
            "item_list",
            heading="Avstämning av pågående socialtjänstinsatser för personer i "
            "psykiatrisk öppenvård",
            anchor="avstamning-av-socialtjanstinsatser",
            items=[
                "socialtjänsten respektive regionen ska veta vem de kan vända sig till "
                "vid behov av avstämning.",
                "personal inom regionen eller kommunen initierar denna avstämning via "
                "ett meddelande utanför vårdtillfälle i Lifecare och uppger "
                "vilken/vilka patienter som är aktuella för avstämning och syftet med "
                "avstämningen.",
                "avstämningen sker via telefon med berörd personal.",
            ],
        ),
        block(
            "section",
            heading="In- och utskrivning i hemsjukvården",
            anchor="in-och-utskrivning-i-hemsjukvarden",
            body=paragraphs(
                "Den vårdcentral där patienten är listad, psykiatrisk öppenvård eller "
                "personal i kommunen kan uppmärksamma behov av hemsjukvård. Lifecare "
                "ska användas för planering av in- och utskrivning i hemsjukvården. "
                "Bedömningen utgår från Överenskommelse om hemsjukvården i Halland och "
                "enligt ”tröskelprincipen”.",
                "Kommunen ansvarar för insatser upp till sjuksköterske-, "
                "arbetsterapeut- och fysioterapeutnivå.",
                "Läkaransvaret är alltid regionens ansvar och utgår från den "
                "vårdcentral där patienten är listad eller den psykiatriska  "
                "öppenvårdsmottagning där patienten har sin läkarkontakt. Personer "
                "inskrivna i hemsjukvården ska ha en fast läkarkontakt utsedd på den "
                "vårdcentral där patienten är listad. Närsjukvården ska vara "
                "förstahandsvalet, förutom för patienter inom psykiatrisk öppenvård.",
                "Patientens delaktighet i planeringen av sin vård är central för ett "
                "gott resultat. Om patienten samtycker kan även närstående delta i "
                "planeringen.",
            ),
        ),
        block(
            "section",
            heading="Enstaka hembesök",
            anchor="enstaka-hembesok",
            body=paragraphs(
                "Enstaka insatser i form av hembesök innebär ett enskilt besök där "
                "patienten bedöms och/eller behandlas. Det handlar om insatser med "
                "identifierbart start- och slutdatum när patienten tillfälligt inte "
                "kan ta sig till vårdcentralen/psykiatrisk öppenvård.",
                "Det är alltid närsjukvården/psykiatrisk öppenvård som ansvarar för "
                "ordination av de åtgärder som utförs som enstaka hembesök. Viktigt "
                "att närsjukvården/psykiatrisk öppenvård informerar patienten om att "
                "kommunens personal utför insatser i hemmet.",
                "I de fall kommunens legitimerade personal bedömer att patienten inte "
                "har behov av enstaka hembesök återkopplar kommunen detta till "
                "närsjukvården/psykiatrisk öppenvård i varje enskilt fall. Kommunens "
                "legitimerade personal utför endast ordinerade insatser och "
                "återkopplar till ordinerande vårdgivare.",
                "Vid enstaka hembesök är patientansvaret kvar i "
                "närsjukvården/psykiatrisk öppenvård. Legitimerad personal i kommunen "
                "tar bara ansvar för utförandet av de ordinerade åtgärderna.",
                "Närsjukvården ansvarar för sjukvårdsmaterial i samband med enstaka "
                "hembesök.",
            ),
        ),
        block(
            "section",
            heading="Samverkan vid utskrivning från slutenvård",
            anchor="samverkan-vid-utskrivning",
            body=subheading("Inledning")
            + paragraphs(
                "Lag (2017:612) om samverkan vid utskrivning från sluten hälso- och "
                "sjukvård syftar till att främja en god vård och en socialtjänst av "
                "god kvalitet för enskilda som efter utskrivning från sluten vård "
                "behöver insatser från socialtjänsten, kommunalt finansierade hälso- "
                "och sjukvården eller den landstingsfinansierade öppna vården. I detta "
                "syfte ska lagen särskilt främja att en patient med behov av insatser "
                "skrivs ut från den slutna vården så snart som möjligt efter det att "
                "den behandlande läkaren bedömt patienten som utskrivningsklar.",
                "Målgruppen är personer, oavsett ålder och boendeform, som efter "
                "utskrivning från den slutna hälso- och sjukvården behöver insatser "
                "från socialtjänsten, den kommunalt finansierade hälso-och sjukvården "
                "eller närsjukvård/psykiatrisk öppenvård. Särskilt beaktande ska göras "
                "av barnperspektivet utifrån FN:s barnkonvention.",
                "Alla parter har ansvar för att genomföra effektiva "
                "planeringsprocesser. Parterna ska tillhandahålla resurser, säkra "
                "kontaktvägar och informationsöverföring så att individen kan komma "
                "hem på ett tryggt sätt efter en slutenvårdsvistelse. Det är parternas "
                "gemensamma ansvar att avsätta tillräckliga resurser så att patienten "
                "får de insatser och hjälpmedel som behövs för att utskrivning från "
                "slutenvård kan ske på ett tryggt och effektivt sätt.",
            ),
        ),
        block(
            "section",
            heading="Regionens ansvar",
            anchor="regionens-ansvar",
            body=subheading("Slutenvården (somatisk och psykiatrisk vård)")
            + paragraphs(
                "Om den behandlande läkaren, när en patient skrivs in i slutenvården, "
                "bedömer att patienten kan komma att behöva eller redan har insatser "
                "från socialtjänsten, den kommunalt finansierade hälso- och sjukvården "
                "eller närsjukvård/psykiatrisk öppenvård efter det att patienten har "
                "skrivits ut ska slutenvården:"
            )
            + bullets(
                "Underrätta de berörda enheterna om denna bedömning genom ett "
                "inskrivningsmeddelande inom 24 timmar från inskrivning eller senast "
                "24 timmar efter det att den behandlande läkaren gjort bedömningen. "
                "Inskrivningsmeddelandet ska innehålla personuppgifter och uppgifter "
                "om beräknat utskrivningsdatum, samt inskrivningsorsak.",
                "Även skicka inskrivningsmeddelandet till närsjukvård/psykiatrisk "
                "öppenvård om insatser bedöms behövas från den kommunalt finansierade "
                "hälso- och sjukvården.",
                "Underrätta berörda enheter så snart som möjligt när den behandlande "
                "läkaren bedömt att patienten är utskrivningsklar.",
                ATTEND_TO_RULE,
            )
            + subheading("Läkare till läkare")
            + paragraphs(
                "Läkaren i slutenvården förvissar sig om att det medicinska ansvaret "
                "kan tas över av den vårdenhet där patienten är listad och/eller annan "
                "läkare inom regionens öppna hälso- och sjukvård. Överrapportering ska "
                "ske för patienter med komplexa vårdbehov till "
                "närsjukvården/psykiatrisk öppenvård. Överrapportering sker via remiss "
                "och vid behov även via telefon. Uppgiften kan inte delegeras."
            ),
        ),
        block(
            "section",
            heading="Närsjukvård/psykiatrisk öppenvårds ansvar",
            anchor="narsjukvard-psykiatrisk-oppenvards-ansvar",
            body=paragraphs(
                "Verksamhetschef inom närsjukvård/psykiatrisk öppenvård ska utse fast "
                "vårdkontakt så snart inskrivningsmeddelandet mottagits.",
                "När en berörd enhet inom närsjukvård/psykiatrisk öppenvård har fått "
                "ett inskrivningsmeddelande innehållande beräknat utskrivningsdatum, "
                "ska enheten börja sin planering av de insatser som är nödvändiga för "
                "att patienten på ett tryggt och säkert sätt ska kunna lämna den "
                "slutna vården och efter utskrivning få sina behov av socialtjänst "
                "och/eller hälso- och sjukvård tillgodosedda.",
            )
            + subheading("Fast vårdkontakt och fast läkarkontakt")
            + paragraphs(
                "Fast vårdkontakt ska vara en resurs i samordningen av vårdens "
                "insatser i samråd med berörd person och berörda aktörer inom hälso- "
                "och sjukvård och socialtjänst. Fast vårdkontakt är en hälso- och "
                "sjukvårdspersonal och behöver inte vara en läkare. I Halland ska en "
                "fast vårdkontakt utses i närsjukvården för patienter med behov av "
                "samordnade insatser från hälso- och sjukvård och socialtjänst. För "
                "patienter i psykiatrisk slutenvård utses fast vårdkontakt även inom "
                "psykiatrisk öppenvård, med samordningsansvar för patienter som skrivs "
                "ut från sluten psykiatrisk vård.",
                "I Halland ska även fast läkarkontakt utses för personer inskrivna i "
                "hemsjukvård, personer i särskilt boende och personer i boende med "
                "särskild service.",
                "För en god och säker vård för personer inskrivna i hemsjukvården "
                "behöver läkarstödet till legitimerad personal inom kommunal hälso- "
                "och sjukvård mötas och säkerställas. Närsjukvården ska vara "
                "förstahandsvalet, förutom för patienter inom psykiatrisk öppenvård "
                "som alltid ansvarar för sina egna ordinationer.",
            ),
        ),
        block(
            "section",
            heading="Kommunernas ansvar",
            anchor="kommunernas-ansvar",
            body=paragraphs(
                "Kommunerna ansvarar för personer folkbokförda i aktuell kommun eller "
                "där kommunen har beslutat om vistelse i en annan kommun.",
                "När en berörd enhet inom socialtjänst, den kommunalt finansierade "
                "hälso- och sjukvården har fått ett inskrivningsmeddelande "
                "innehållande beräknat utskrivningsdatum, ska enheten börja sin "
                "planering av de insatser som är nödvändiga för att patienten på ett "
                "tryggt och säkert sätt ska kunna lämna den slutna vården och efter "
                "utskrivning få sina behov av socialtjänst och/eller hälso- och "
                "sjukvård tillgodosedda.",
                ATTEND_TO_RULE,
                "Kommunen ansvarar för att nödvändiga insatser är planerade och "
                "säkerställda inför utskrivning från slutenvården utifrån patientens "
                "aktuella behov.",
            ),
        ),
        block(
            "section",
            heading="Hjälpmedel",
            anchor="hjalpmedel",
            body=paragraphs(
                "Tidig hjälpmedelsförskrivning och förtroendeförskrivning ska användas "
                "för en effektiv hjälpmedelsprocess. Förskrivaren ansvarar för en "
                "korrekt förskrivning i Websesam. Hjälpmedelscentrum (HMC) ansvarar "
                "för att leverera utifrån politiskt fastställda ledtider.",
                "Varbergs kommun, Falkenbergs kommun och Laholms kommun har egen "
                "hjälpmedelsverksamhet som komplement till Hjälpmedelscentrum.",
                "Förskrivningar ur buffertförråd ska administreras direkt av "
                "förskrivare och lagret ska fyllas på av HMC utan fördröjning. "
                "Förskrivning utanför standardsortiment kan medföra längre "
                "handläggningstid.",
                "Hänvisning till Hjälpmedelscentrums rutin för patienter kopplade till "
                "trygg och effektiv utskrivning från slutenvården.",
            ),
        ),
        block(
            "section",
            heading="Ansvar för folkbokförda",
            anchor="ansvar-for-folkbokforda",
            body=paragraphs(
                "För personer folkbokförda i annat län, som får vård i slutenvård i "
                "Region Halland, ska respektive kommun där patienten är folkbokförd "
                "kallas till vårdplanering. Ansvaret för insatser ligger på respektive "
                "län/region och kommun där personen är folkbokförd. Respektive part i "
                "planeringen dokumenterar resultatet av planeringen i sitt "
                "dokumentationssystem. IT-stödet Lifecare används inte för "
                "utomlänspatienter."
            ),
        ),
        block(
            "section",
            heading="Ansvar för person vårdad i annan region",
            anchor="ansvar-for-person-vardad-i-annan-region",
            body=paragraphs(
                "För folkbokförda i Halland som vårdats inom slutenvård i annan region "
                "och som efter utskrivning behöver samordning av insatser från "
                "socialtjänsten, kommunalt finansierade hälso- och sjukvården eller "
                "närsjukvård/psykiatrisk öppenvård där den vårdande enheten kontaktat "
                "vårdcentralen där patienten är listad eller psykiatriska öppenvården "
                "i Region Halland.",
                "Närsjukvården/psykiatriska öppenvården kallar till samordnad  "
                "planering med stöd av SIP snarast när det finns ett behov av att "
                "samordna insatserna från både regionen och kommunen inför "
                "utskrivningen eller när patienten kommit hem.",
            ),
        ),
        block(
            "standard_section",
            kind="follow_up",
            heading="Uppföljning",
            anchor="uppfoljning",
            body=paragraphs(
                "Genom kontinuerlig uppföljning och analys av följsamhet till "
                "fastställt ansvar och arbetssätt ska en god kvalitet säkerställas.",
                "Uppdraget att följa upp följsamhet av utskrivningsprocessen i Halland "
                "har Gemensamma nämnden för hemsjukvård och hjälpmedel i Halland "
                "(GNHH). Regional stödstruktur har ansvar för genomförandet av "
                "uppföljningen.",
            ),
        ),
        block(
            "standard_section",
            kind="deviations",
            heading="Avvikelser",
            anchor="avvikelser",
            body=paragraphs(
                "Om denna Anvisning eller Samverkansrutin Vård- och omsorgsplanering i "
                "öppenvård och utskrivningsplanering från sluten hälso- och sjukvård "
                "inte följs är varje yrkeskategori, som är delaktig eller berörd i "
                "planeringen, skyldig att rapportera avvikelsen. Avvikelser följer "
                "respektive vårdgivares riktlinjer och rutiner för avvikelsehantering."
            ),
        ),
        block(
            "section",
            heading="Driftstopp",
            anchor="driftstopp",
            body=paragraphs("Särskild rutin ska finnas vid driftstopp i Lifecare."),
        ),
        block(
            "section",
            heading="Betalningsansvar",
            anchor="betalningsansvar",
            body=paragraphs(
                "Reglering av betalningsansvaret sker enligt beslutad Överenskommelse "
                "mellan Hallands kommuner och Region Halland. Överenskommelsen utgår "
                "från en genomsnittsmodell och beräkningen från att den dag "
                "meddelandet om Utskrivningsklar skickas från slutenvården registreras "
                "som dag 0, oberoende av när på dygnet meddelandet skickas.",
                "Bestridanden av fakturor hanteras enligt särskild Hallandsgemensam "
                "rutin.",
            ),
        ),
        block(
            "legal_references",
            heading="Referenslista",
            anchor="referenslista",
            items=[
                legal(
                    "Lag (2017:612)",
                    "om samverkan vid utskrivning från sluten hälso- och sjukvård.",
                ),
                legal(
                    "SOSFS 2007:10",
                    "Socialstyrelsens föreskrifter och allmänna råd om samordning av "
                    "insatser för habilitering och rehabilitering.",
                ),
                legal(
                    "SOSFS 2009:6",
                    "Socialstyrelsens föreskrifter om bedömningen av om hälso- och "
                    "sjukvårdsåtgärd kan utföras som egenvård.",
                ),
                legal(
                    "SOSFS 2011:9",
                    "Socialstyrelsens föreskrift om ledningssystem för systematiskt "
                    "kvalitetsarbete.",
                ),
                legal("SFS 2014:821", "Svensk författningssamling, Patientlagen."),
                legal(
                    "",
                    "Socialstyrelsen, Förskrivning av hjälpmedel. Stöd vid "
                    "förskrivning av hjälpmedel till personer med "
                    "funktionsnedsättning.",
                ),
                legal(
                    "Lag 2017:310", "om framtidsfullmakter och behörighet för anhöriga."
                ),
                legal(
                    "HSLF-FS 2017:40",
                    "Socialstyrelsens föreskrifter och allmänna råd om vårdgivares "
                    "systematiska patientsäkerhetsarbete.",
                ),
                legal(
                    "HSLF-FS 2017:41",
                    "Inspektionen för vård och omsorgs föreskrifter om anmälan av "
                    "händelser som har medfört eller hade kunnat medföra en allvarlig "
                    "vårdskada (lex Maria).",
                ),
                legal("Hälso- och sjukvårdslag (2017:30)", "16 kap. 4§."),
                legal("Socialtjänstlag (2001:453)", "2 kap. 7§."),
                legal("", "Överenskommelse om hemsjukvården i Halland 2019."),
                legal(
                    "",
                    "Hjälpmedelscentrums rutiner vid trygg och effektiv utskrivning "
                    "från slutenvården.",
                ),
                legal("", "Egenvård i Halland – anvisningar."),
            ],
        ),
        block(
            "related_routines",
            heading="Relaterade rutiner",
            anchor="relaterade-rutiner",
            items=[
                {
                    "page": None,
                    "title": "Samverkansrutin Vård- och omsorgsplanering i öppenvård "
                    "och utskrivningsplanering från sluten hälso- och sjukvård",
                    "url": "",
                },
                {
                    "page": None,
                    "title": "Hjälpmedelscentrums rutiner vid trygg och effektiv "
                    "utskrivning från slutenvården",
                    "url": "",
                },
            ],
        ),
    ],
)
