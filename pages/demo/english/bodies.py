"""English texts of two Västra Götaland bodies (seed 003): Ledningsråd
Medicintekniska produkter and Hjälpmedelsforum."""

#: Headings and names both bodies use.
COMMON = {
    "Arbetsformer": "Working forms",
    "Kommunikation": "Communication",
    "Nomineringsprocess": "Nomination process",
    "VGR": "VGR",
    "Alla beslut ska ske i enighet. Om enighet inte kan uppnås i en fråga ska "
    "ärendet återremitteras för förnyad beredning eller avföras.": (
        "All decisions shall be made by consensus. If consensus cannot be reached on "
        "a matter, it shall be referred back for further preparation or dropped."
    ),
}

LEADERSHIP_COUNCIL = COMMON | {
    "Ledningsråd Medicintekniska produkter": "Leadership Council for Medical Devices",
    "ledningsrad": "leadership-council",
    "Kommunerna i Västra Götaland och Västra Götalandsregionen": (
        "The municipalities in Västra Götaland and Region Västra Götaland"
    ),
    # Assignment
    "Uppdrag": "Assignment",
    "Uppdraget utgår från huvudmännens hälso- och sjukvårdsansvar och är att": (
        "The assignment derives from the principals' responsibility for health and "
        "medical care and is to"
    ),
    "på uppdrag av kommunerna i Västra Götaland och Västra Götalandsregionen "
    "säkerställa en organisation och ett arbetssätt som erbjuder expertkompetens, "
    "regelverk, sortiment samt försörjning av medicintekniska produkter i "
    "vardagsmiljö för invånarna i VästraGötalan": (
        "on behalf of the municipalities in Västra Götaland and Region Västra "
        "Götaland, ensure an organisation and a way of working that offer expertise, "
        "rules, an assortment and the supply of medical devices in everyday settings "
        "for the residents of Västra Götaland"
    ),
    "vara en rådgivande expertfunktion i medicintekniska frågor. Ledningsrådets "
    "arbete ska bidra till att det är enkelt och tryggt att vara patient/brukare, "
    "enkelt att stödja patienten/brukaren, på ett patientsäkert sätt samt "
    "säkerställa en jämlik och hälsoekonomisk användning av medicintekniska "
    "produkter i vardagsmiljö för invånarna i Västra Götaland.": (
        "be an advisory expert function on medical device matters. The council's "
        "work shall help make it simple and safe to be a patient or user and simple "
        "to support the patient or user, in a way that is safe for patients, and "
        "ensure an equal and cost-effective use of medical devices in everyday "
        "settings for the residents of Västra Götaland."
    ),
    # Responsibilities
    "Ansvar": "Responsibilities",
    "bevaka, värdera och bidra till nationella och regionala kunskapsunderlag": (
        "monitor, assess and contribute to national and regional knowledge bases"
    ),
    "vara uppdaterad på trender och nyheter inom det medicintekniska området": (
        "keep up to date with trends and news in the medical device field"
    ),
    "hantera principiella och strategiska frågor gällande regelverk, sortiment och "
    "försörjning": (
        "handle matters of principle and strategy concerning rules, assortment and "
        "supply"
    ),
    "säkerställa kravställning och behovsanalys inför upphandling samt följa upp "
    "upphandlingar": (
        "ensure requirements and needs analyses before procurement, and follow up "
        "procurements"
    ),
    "ta fram underlag gällande reglering i regelverk och försörjning för nya "
    "produkter och produktområden": (
        "prepare the basis for regulating new products and product areas in the "
        "rules and in supply"
    ),
    "säkerställa att in- och utfasning av nya medicintekniska produkter sker på ett "
    "koordinerat sätt": (
        "ensure that new medical devices are phased in and out in a coordinated way"
    ),
    "verka för fungerande IT-stöd": "work for IT support that works",
    "säkerställa att berörda nås av relevant och tydlig information och att "
    "kommunikation sker på ett strukturerat sätt": (
        "ensure that those concerned receive relevant and clear information and "
        "that communication is structured"
    ),
    "tolka, utveckla och följa upp aktuella avtal och överenskommelser mellan "
    "parterna, samt verka för en god följsamhet samt hantera och prioritera "
    "utvecklingsfrågor": (
        "interpret, develop and follow up the current agreements between the "
        "parties, work for good compliance, and handle and prioritise development "
        "matters"
    ),
    "ge och följa upp uppdrag samt ge strategisk vägledning till ledningsrådets "
    "beredningsorganisation": (
        "give and follow up assignments and give strategic guidance to the "
        "council's preparatory organisation"
    ),
    "utse ordförande i permanenta och tillfälliga beredningsgrupper": (
        "appoint the chairs of permanent and temporary preparatory groups"
    ),
    # Mandate
    "Mandat": "Mandate",
    "Hantera verkställighet inom befintliga avtal och överenskommelser inom "
    "ledningsrådets verksamhetsområde.": (
        "Handle implementation within existing agreements in the council's area of "
        "activity."
    ),
    "Verkställighet": "Implementation",
    # Composition
    "Sammansättning av ledamöter": "Composition of members",
    "Ledningsrådet för medicintekniska produkter ska bestå av deltagare som "
    "representerar både VGR och VGK. Totalt ska det vara 12 deltagare varav 1 "
    "ordförande, 1 vice ordförande samt 10 ledamöter.": (
        "The Leadership Council for Medical Devices shall consist of participants "
        "representing both VGR and VGK: 12 participants in total, of whom 1 chair, "
        "1 vice chair and 10 members."
    ),
    "VGK": "VGK",
    "VästKom": "VästKom",
    "Ordförande eller vice ordförande: kommunrepresentant": (
        "Chair or vice chair: municipal representative"
    ),
    "Ordförande eller vice ordförande: VGR-representant": (
        "Chair or vice chair: VGR representative"
    ),
    "Hälso- och sjukvårdsdirektören": "The Director of Health Care",
    "Ledamöter från kommunerna i Västra Götaland": (
        "Members from the municipalities in Västra Götaland"
    ),
    "Bemannas av Kommunalförbunden samt Göteborgs stad, som nominerar sina "
    "ledamöter.": (
        "Staffed by the associations of local authorities and the City of "
        "Gothenburg, which nominate their members."
    ),
    "Ledamöter från VGR": "Members from VGR",
    "Hälso- och sjukvårdsdirektören förordnar, efter nominering av Program- och "
    "prioriteringsrådet (PPR)": (
        "The Director of Health Care appoints, after nomination by the Programme "
        "and Priorities Council (PPR)"
    ),
    "Representanter från sjukhus, Habilitering & Hälsa, offentlig och privat "
    "primärvård. Primör utser representant från privata vårdgivare.": (
        "Representatives of the hospitals, Habilitering & Hälsa, and public and "
        "private primary care. Primör appoints the representative of private care "
        "providers."
    ),
    "Ansvaret för ordförandeskap samt vice ordförande alternerar vartannat år "
    "mellan VGR och VGK.": (
        "The chair and the vice chair alternate every second year between VGR and VGK."
    ),
    "Representant från distributör/-er deltar vid överenskomna punkter vid varje "
    "möte.": (
        "A representative of the distributor or distributors takes part in agreed "
        "items at every meeting."
    ),
    "Representant från samordnare/vårdutvecklare deltar som sekreterare samt "
    "föredragande för sina punkter.": (
        "A representative of the coordinators or care developers takes part as "
        "secretary and presents their own items."
    ),
    # Competence criteria
    "Kompetenskriterier": "Competence criteria",
    "Kunskap om Hälso- och sjukvårdsprocessen och aktuellt regelverk": (
        "Knowledge of the health and medical care process and of the current rules"
    ),
    "Intresse för flera medicintekniska produktgrupper": (
        "Interest in several groups of medical devices"
    ),
    "Erfarenhet av verksamhetsansvar med förståelse för ekonomiska och "
    "verksamhetskonsekvenser av olika beslut.": (
        "Experience of operational responsibility, with an understanding of the "
        "financial and operational consequences of decisions."
    ),
    "Strategisk förmåga": "Strategic ability",
    "Erfarenhet av vårdsamverkan inom ledningsrådets verksamhetsområde": (
        "Experience of collaboration in care within the council's area of activity"
    ),
    "Vilja verka för en utveckling av hela verksamhetsområdet": (
        "Willingness to work for the development of the whole area of activity"
    ),
    "God insyn i den organisation man representerar": (
        "Good insight into the organisation one represents"
    ),
    "Kunskap om nätverk i den egna organisationen för att kunna inhämta och värdera "
    "information": (
        "Knowledge of the networks in one's own organisation, to gather and assess "
        "information"
    ),
    "Kunskap om den politiska processen": "Knowledge of the political process",
    "Kunskap om socialtjänst": "Knowledge of social services",
    "Kunskap om kommunal hälso- och sjukvård": (
        "Knowledge of municipal health and medical care"
    ),
    "Inköpskompetens, förståelse för inköpsprocessen för medicintekniska produkter "
    "i vardagsmiljö och kunna vara brygga mellan inköp och denna organisation": (
        "Purchasing competence: an understanding of the purchasing process for "
        "medical devices in everyday settings, and the ability to bridge purchasing "
        "and this organisation"
    ),
    "Medicinsk kompetens": "Medical competence",
    # Nomination process
    "Ordförande samt vice ordförande": "Chair and vice chair",
    "1 kommunrepresentant som utses av VästKom": (
        "1 municipal representative, appointed by VästKom"
    ),
    "1 VGR-representant som utses av Hälso- och sjukvårdsdirektören": (
        "1 VGR representative, appointed by the Director of Health Care"
    ),
    "Ledamöter": "Members",
    "Respektive kommunalförbund samt Göteborgs Stad nominerar sina ledamöter som "
    "utses av VästKom.": (
        "Each association of local authorities and the City of Gothenburg nominates "
        "its members, who are appointed by VästKom."
    ),
    "Program- och prioriteringsrådet (PPR) nominerar ledamöterna från VGR och "
    "Hälso- och sjukvårdsdirektören förordnar": (
        "The Programme and Priorities Council (PPR) nominates the members from VGR "
        "and the Director of Health Care appoints them"
    ),
    "Primör utser representant från privata vårdgivare": (
        "Primör appoints the representative of private care providers"
    ),
    # Working forms
    "Ordförande kan kalla till ytterligare möten vid behov.": (
        "The chair may call further meetings when needed."
    ),
    "Beslut kan fattas när minst hälften av de utsedda representanterna från VGR "
    "respektive VGK närvarar eller på annat sätt inför mötet deltagit i "
    "avgörandet.": (
        "Decisions may be made when at least half of the appointed representatives "
        "of VGR and of VGK respectively are present, or have otherwise taken part in "
        "the decision before the meeting."
    ),
    "Mötesanteckningar ska föras och rekommendationer samt beslutsunderlag ska "
    "dokumenteras. All dokumentation ska finnas tillgänglig för representanterna på "
    "en gemensam plattform.": (
        "Minutes shall be kept, and recommendations and the material for decisions "
        "documented. All documentation shall be available to the representatives on "
        "a shared platform."
    ),
    "Ordförande och vice ordförande utgör presidium och ansvarar för att stödja "
    "samordningsfunktionen i det operativa arbetet.": (
        "The chair and the vice chair form the presidium and are responsible for "
        "supporting the coordination function in its operational work."
    ),
    # Communication
    "Ansvaret för information och kommunikation ligger på ledningsrådets "
    "beredningsorganisation.": (
        "Responsibility for information and communication lies with the council's "
        "preparatory organisation."
    ),
}

ASSISTIVE_DEVICES_FORUM = COMMON | {
    "Hjälpmedelsforum": "Assistive Devices Forum",
    "hjalpmedelsforum": "assistive-devices-forum",
    "Hjälpmedelsforum utgör ett forum för dialog och informationsutbyte avseende "
    "förskrivning och försörjning av hjälpmedel. Genom information och "
    "kommunikation ges förutsättningar för en likvärdig grundsyn på förskrivning "
    "och försörjning för patienter i Västra Götaland.": (
        "The Assistive Devices Forum is a forum for dialogue and the exchange of "
        "information on the prescription and supply of assistive devices. "
        "Information and communication create the conditions for an equal basic "
        "view of prescription and supply for patients in Västra Götaland."
    ),
    "Samordningsfunktionen": "The coordination function",
    # Assignment
    "Uppdragsbeskrivning": "Description of the assignment",
    "Hjälpmedelsforums representanter ska:": "The forum's representatives shall:",
    "Verka för gemensamma och samordnade arbetssätt inom hjälpmedelsområdet.": (
        "Work for shared and coordinated ways of working in the assistive device field."
    ),
    "Ansvara för kommunikation och dialog avseende tillämpning av rekommendationer "
    "från beredningsgrupperna och Ledningsrådet Medicintekniska produkter.": (
        "Be responsible for communication and dialogue on applying the "
        "recommendations of the preparatory groups and the Leadership Council for "
        "Medical Devices."
    ),
    "Föra in relevanta frågor som aktualiserats i respektive organisation.": (
        "Bring up relevant matters that have arisen in their own organisations."
    ),
    "Sprida information och förankra de frågor som hanterats i Hjälpmedelsforum": (
        "Spread information about, and build support for, the matters handled in "
        "the Assistive Devices Forum"
    ),
    # Working organisation (a composition)
    "Arbetsorganisation": "Working organisation",
    "Hjälpmedelsforum består av representanter från kommunerna i Västra Götaland, "
    "Västra Götalandsregionens förvaltningar och Hjälpmedelscentralen.": (
        "The Assistive Devices Forum consists of representatives of the "
        "municipalities in Västra Götaland, the administrations of Region Västra "
        "Götaland and the Assistive Devices Centre."
    ),
    "Kommunerna": "The municipalities",
    "Kommunerna i VG": "The municipalities in VG",
    "Göteborgs stad": "City of Gothenburg",
    "Primärvård, offentlig": "Primary care, public",
    "Primärvård, privat": "Primary care, private",
    "Primärvårdens hjälpmedelsenhet": "Primary care assistive devices unit",
    "Habilitering & Hälsa": "Habilitering & Hälsa",
    "Länssjukvård": "County hospital care",
    "Hjälpmedelscentralen": "The Assistive Devices Centre",
    "Samordningsfunktionen är ordförande och sekreterare.": (
        "The coordination function is chair and secretary."
    ),
    "Vid särskilda behov kan representationen ändras, exempelvis kan en stor kommun "
    "erbjudas två platser. Ledningsrådet Medicintekniska produkter beslutar om "
    "eventuell förändring.": (
        "Where there are special needs the representation may be changed; a large "
        "municipality may, for example, be offered two seats. The Leadership "
        "Council for Medical Devices decides on any change."
    ),
    # Working forms
    "Med inriktning på frågor där dialog är viktig.": (
        "Focused on matters where dialogue is important."
    ),
    "Kallelse med dagordning skickas ut senast två veckor innan möte.": (
        "The notice, with the agenda, is sent out at least two weeks before a meeting."
    ),
    "Mötesanteckningar ska föras, skickas till representanterna samt finnas "
    "publicerade på avsedd webbplats. Mötesanteckningar och övriga dokument ska "
    "finnas tillgänglig för representanterna på en gemensam plattform samt "
    "förvaras hos samordningsfunktionen.": (
        "Minutes shall be kept, sent to the representatives and published on the "
        "designated website. Minutes and other documents shall be available to the "
        "representatives on a shared platform and kept by the coordination "
        "function."
    ),
    "Anmälan till möte ska göras enligt information på avsedd webbplats.": (
        "Registration for meetings is made as described on the designated website."
    ),
    "Aktuell information förmedlas elektroniskt mellan mötena till "
    "representanterna, för vidare spridning till berörd enhet/verksamhet.": (
        "Current information is sent electronically to the representatives between "
        "meetings, to be passed on to the units and services concerned."
    ),
    # Communication
    "Representanterna i Hjälpmedelsforum ska säkerställa att information sprids "
    "inom de organisationer de representerar på forumet.": (
        "The representatives in the Assistive Devices Forum shall ensure that "
        "information is spread within the organisations they represent in the forum."
    ),
    # Nomination process
    "Samordningsfunktionen för hjälpmedelssamverkan initierar till respektive "
    "vårdgivare att utse representant till Hjälpmedelsforum. Representanter bör ha "
    "god kunskap om hjälpmedel.": (
        "The coordination function for assistive device collaboration asks each "
        "care provider to appoint a representative to the Assistive Devices Forum. "
        "Representatives should have good knowledge of assistive devices."
    ),
    "Representant aviserar till samordningsfunktionen och sin uppdragsgivare att "
    "hen avser att avsluta sitt uppdrag.": (
        "A representative who intends to leave the assignment tells the coordination "
        "function and the organisation that appointed them."
    ),
}
