import type { ReferralCreated } from '@bridge/contracts';
import type { CandidateProfile, ExclusionRule, TargetProfile } from '../match-rules/match-rules';
import type { MatchSettings, WEIGHTS } from '../match-rules/match-settings';
import type { RejectionReasonCode } from '../review/suggestions/dto/review-suggestion.dto';
import type { ReferralView } from '../review/referrals/referral.view';

/**
 * The prose of the algorithm description that cannot come from the code, written once: the register fields marked
 * `source: 'hand'` and the connecting sentences of the generated ones. It names no value the code defines (a
 * distance, a weight, a bound): those are filled in from the code, so this text cannot contradict them.
 */

/** The register's own labels, as the Dutch algorithm register names its fields. */
export const REGISTER_LABELS = {
  name: 'Naam',
  organisation: 'Organisatie',
  goalAndImpact: 'Doel en impact',
  proportionality: 'Proportionaliteit',
  decisionProcess: 'Besluitvorming en menselijke tussenkomst',
  riskManagement: 'Risicobeheer',
  legalBasis: 'Wettelijke grondslag',
  dataSources: 'Gegevensbronnen',
  sourceLinks: 'Links naar de broncode',
} as const;

export const NAME =
  'Bridge-matching: suggesties van convenantvacatures en schoolplaatsen voor gedetineerden die binnenkort vrijkomen';

export const ORGANISATION =
  'Dienst Justitiële Inrichtingen (DJI, ministerie van Justitie en Veiligheid), samen met UWV: ' +
  'casemanagers van DJI leggen de kandidaten vast, adviseurs van UWV beoordelen de suggesties. ' +
  'Welke organisatie verantwoordelijk is voor de publicatie in het register moet nog worden bevestigd.';

export const GOAL_AND_IMPACT =
  'Doel: vóór de dag van vrijlating zien welke vacature van een convenantwerkgever of welke schoolplaats past bij ' +
  'een gedetineerde, zodat werk of opleiding direct na vrijlating kan beginnen. Gedetineerden behalen in de ' +
  'werkbedrijven van de PI (In-Made) praktijkverklaringen; werkgevers en scholen bieden via convenanten met DJI ' +
  'plaatsen aan. Het algoritme legt die twee naast elkaar en stelt per kandidaat een korte, uitgelegde lijst voor. ' +
  'Impact: het algoritme neemt geen besluit over een persoon. Het doet een voorstel aan een professional; pas als ' +
  'een UWV-adviseur een suggestie accepteert, ziet de werkgever of school een geanonimiseerd profiel. Een plek die ' +
  'niet wordt voorgesteld, is een kans die de adviseur niet vanzelf ziet; daarom toont het platform per plek de ' +
  'eerste harde regel die haar uitsluit (GET /candidates/:id/exclusions).';

export const PROPORTIONALITY =
  'Het algoritme gebruikt alleen gepseudonimiseerde gegevens die voor de afweging nodig zijn (zie ' +
  'Gegevensbronnen): geen naam, geen BSN en geen gegevens over het delict. Een VOG telt alleen als verwachting, ' +
  'nooit met een reden. Het is geen zelflerend model: de harde regels, de gewichten en de grenzen staan vast in ' +
  'de code, de uitkomst is voor dezelfde gegevens altijd dezelfde en elke factor wordt in één regel uitgelegd. ' +
  'De lijst per kandidaat is begrensd, zodat een adviseur haar echt leest. Een voorkeur (werk of opleiding, ' +
  'sector) is bewust geen harde regel: die verlaagt alleen de score, zodat een kandidaat met weinig opties die ' +
  'toch ziet. Het alternatief, met de hand zoeken in alle vacatures en schoolplaatsen, kost adviseurs veel tijd ' +
  'en mist plekken.';

export const RISK_MANAGEMENT =
  'Risico’s en maatregelen. Ten onrechte uitgesloten: elke uitsluiting noemt de regel die faalt, en een ' +
  'casemanager of adviseur kan per kandidaat zien waarom een plek niet is voorgesteld. Blind vertrouwen op de ' +
  'machine: er is geen bulkacceptatie, elke suggestie wordt afzonderlijk beoordeeld en een afwijzing vraagt een ' +
  'redencode. Ongelijke behandeling via de VOG-verwachting: die sluit alleen plekken uit die een VOG vragen, en ' +
  'alleen bij de verwachting dat die er niet komt; scholen vragen er geen. Uitlekken van gegevens: kandidaten ' +
  'zijn pseudoniemen, het DJI-nummer bestaat alleen als sleutelgebonden hash, elke inzage in kandidaatgegevens ' +
  'wordt vastgelegd in een auditlog dat niet te wijzigen of te wissen is, en een werkgever of school ziet nooit ' +
  'het kandidaat-id. Veroudering: een gewijzigde instelling of regelversie laat bij de volgende start alle ' +
  'actieve kandidaten opnieuw matchen, en een test faalt zodra deze beschrijving en de code verschillen. ' +
  'Navolgbaarheid: elke suggestie bewaart de regelversie, de instellingen en de gegevens waarmee zij is berekend; ' +
  'een beheerder kan haar opnieuw laten berekenen en ziet of de uitkomst dezelfde is (GET /suggestions/:id/replay). ' +
  'Systematisch minder kansen voor een groep: per PI, arbeidsmarktregio, VOG-verwachting en opleidingsdomein ' +
  'toont het platform naast het landelijke cijfer hoeveel kandidaten een suggestie, een acceptatie en een ' +
  'plaatsing kregen, en markeert het de groepen die het meest afwijken (GET /insights/fairness); groepen van ' +
  'minder dan 10 kandidaten worden niet getoond. Na een plaatsing worden de andere voordrachten ingetrokken ' +
  'en vervallen de open suggesties; na 3 en 6 maanden vraagt het platform de werkgever of school of de ' +
  'plaatsing standhoudt. Een DPIA is nog niet in deze repository vastgelegd.';

export const LEGAL_BASIS =
  'Voorstel, nog te bevestigen door de functionaris gegevensbescherming (FG) van de verantwoordelijke organisatie. ' +
  'Verwerking van persoonsgegevens: artikel 6 AVG, naar verwachting lid 1 onder e (taak van algemeen belang). ' +
  'Dat iemand gedetineerd is, is een gegeven over strafrechtelijke veroordelingen of strafbare feiten in de zin ' +
  'van artikel 10 AVG; zo’n gegeven mag alleen onder toezicht van de overheid of met een wettelijke grondslag ' +
  'worden verwerkt (in Nederland uitgewerkt in de Uitvoeringswet AVG). De taak: de voorbereiding van ' +
  'gedetineerden op hun terugkeer in de samenleving (re-integratie) door DJI, op grond van de Penitentiaire ' +
  'beginselenwet en de regels die daarop berusten; de bemiddeling naar werk door UWV op grond van de Wet ' +
  'structuur uitvoeringsorganisatie werk en inkomen (Wet SUWI). De toestemming die de kandidaat in het ' +
  'platform geeft, is een waarborg (zonder toestemming geen suggesties en geen verwijzing), niet vanzelf de ' +
  'grondslag: of toestemming in detentie vrij gegeven kan worden, beoordeelt de FG.';

/** What never enters the platform, and how each is kept out. */
export const NEVER_USED = {
  names: {
    data: 'naam',
    how: 'Er is geen kolom voor; de validatie weigert elk veld dat een invoer niet declareert met 400, dus een meegestuurde naam wordt geweigerd, niet opgeslagen.',
  },
  bsn: {
    data: 'BSN',
    how: 'Er is geen kolom voor en geen invoerveld; de kandidaat is een willekeurige UUID (een pseudoniem).',
  },
  offence: {
    data: 'gegevens over het delict of de straf',
    how: 'Er is geen kolom voor en geen invoerveld; de VOG telt alleen als verwachting, nooit met een reden.',
  },
} as const;

/** The DJI number, from the column the code keeps of it. */
export const djiNumberKept = (column: string) => ({
  data: 'het DJI-nummer zelf',
  how: `Alleen als HMAC-SHA256 onder een geheime sleutel (kolom ${column}), die standaard nooit wordt gelezen: zoeken op nummer werkt, een databasedump onthult geen nummer. Geen antwoord, event of auditregel bevat het nummer; geen regel of factor leest het.`,
});

export const DECISION_PROCESS = {
  intro:
    'De machine beslist niets over een persoon. Ze stelt per kandidaat de best passende plekken voor; een mens beslist.',
  rules: (count: number) =>
    `Een plek wordt alleen voorgesteld als zij alle ${count} harde regels doorstaat; daarna krijgt zij een score uit gewogen factoren.`,
  review: (decisions: string, reasons: string, noteFor: string) =>
    `Een UWV-adviseur van de terugkeerregio beoordeelt elke suggestie afzonderlijk (${decisions}); er is geen bulkacceptatie. Een afwijzing vraagt een redencode (${reasons}); bij ${noteFor} ook een toelichting. Accepteren kan alleen met toestemming van de kandidaat en zolang de plek open is. Elke beslissing wordt vastgelegd in het auditlog.`,
  referral:
    'Alleen een geaccepteerde suggestie wordt een verwijzing naar de werkgever of school, en dan geanonimiseerd. De werkgever of school beslist zelf over plaatsing.',
} as const;

export const BOUND = {
  nl: (max: number, minScore: number) =>
    `Per kandidaat blijven hoogstens ${max} open suggesties staan, met een score van minstens ${minScore}; de beste eerst (hogere score, dan eerdere start, dan lager id). Beoordeelde suggesties tellen niet mee.`,
  en: (max: number, minScore: number) =>
    `A candidate keeps at most ${max} open suggestions scoring at least ${minScore}, best first (higher score, then sooner start, then lower id). Reviewed suggestions take no slot.`,
} as const;

export const DATA_SOURCES = {
  intro:
    'Het algoritme leest alleen de matchprofielen die de matchingdienst opbouwt uit zijn eigen tabellen: van de kandidaat (vastgelegd door de casemanager van DJI, met de praktijkverklaringen van In-Made) en van de plek (vacatures van werkgevers, schoolplaatsen van scholen, met hun convenant).',
  candidate: (fields: string) => `Van de kandidaat: ${fields}.`,
  target: (fields: string) => `Van de plek: ${fields}.`,
  never: (items: string) => `Nooit: ${items}.`,
} as const;

export const DATA_LEAVING =
  'Gegevens van een kandidaat verlaten het platform alleen als verwijzing: nadat een UWV-adviseur een suggestie accepteerde, en alleen naar de werkgever of school van die plek. Het is een momentopname bij acceptatie, zonder kandidaat-id. Vertrekt de kandidaat, verhuist hij naar een andere PI of trekt hij zijn toestemming in, dan wordt de verwijzing ingetrokken en verdwijnt zij uit de lijst van de werkgever of school.';

export const RETENTION = {
  candidates: (leaveReasons: string) => ({
    data: 'Kandidaten, hun praktijkverklaringen, suggesties en verwijzingen in de matchingdienst',
    period: `Geen termijn in de code: een kandidaat die vertrekt (reden: ${leaveReasons}) krijgt de status left, zijn lopende verwijzingen worden ingetrokken en zijn open suggesties verlopen, maar de gegevens blijven bewaard. Een bewaartermijn moet nog worden vastgesteld met de FG.`,
  }),
  audit: {
    data: 'Auditlog (wie welke kandidaatgegevens inzag of welke beslissing nam)',
    period:
      'Alleen toevoegen: een databasetrigger weigert elke wijziging en verwijdering. Een bewaartermijn moet nog worden vastgesteld met de FG.',
  },
  idempotency: (hours: number) => ({
    data: 'Opgeslagen antwoorden op een Idempotency-Key (kunnen kandidaatgegevens bevatten)',
    period: `${hours} uur, daarna verwijderd`,
  }),
} as const;

export const SOURCE_LINKS_TEXT =
  'De broncode staat in de repository van het platform, de matching onder apps/matching/src/app/; de bestanden die dit algoritme bepalen staan hieronder (in de JSON: links).';

/** A text in Dutch and English, filled in with the settings the service runs with. */
interface Bilingual {
  nl: (settings: MatchSettings) => string;
  en: (settings: MatchSettings) => string;
}

/** Each hard rule; the compiler asks for a text for every rule of `EXCLUSION_RULES`. */
export const RULE_TEXT: Record<ExclusionRule, Bilingual> = {
  'target-not-open': {
    nl: () => 'De plek is open en heeft nog een plaats vrij.',
    en: () => 'The target is open with a place left.',
  },
  'covenant-inactive': {
    nl: () =>
      'Een vacature hoort bij een convenant van haar eigen werkgever dat op de startdatum geldt. Een schoolplaats mag zonder convenant; noemt zij er een, dan is het van haar eigen school (zelfde BRIN) en geldt het op de startdatum.',
    en: () =>
      "A vacancy needs its own employer's covenant, in force on the start date. A school place may have none; one it names must be its own school's (same BRIN) and in force on the start date.",
  },
  'too-far': {
    nl: (s) =>
      `De plek ligt in de terugkeerregio van de kandidaat, of hoogstens ${s.maxKm} km (hemelsbreed) van de terugkeergemeente.`,
    en: (s) =>
      `The target lies in the candidate's return region, or at most ${s.maxKm} km (great-circle) from the return municipality.`,
  },
  'start-date-outside-window': {
    nl: (s) =>
      `De plek begint tussen ${s.startWindow.daysBefore} dagen vóór en ${s.startWindow.daysAfter} dagen na de verwachte vrijlatingsdatum.`,
    en: (s) =>
      `It starts between ${s.startWindow.daysBefore} days before and ${s.startWindow.daysAfter} days after the expected release date.`,
  },
  'missing-qualifications': {
    nl: () =>
      'De kandidaat heeft een geldige praktijkverklaring voor elke gevraagde kwalificatie (crebo).',
    en: () => 'The candidate holds a valid certificate for every required qualification (crebo).',
  },
  'entry-level-not-met': {
    nl: () =>
      'Vraagt een schoolplaats een minimumniveau, dan heeft de kandidaat een geldige praktijkverklaring op dat MBO-niveau of hoger.',
    en: () =>
      'A school place with a minimum level needs a valid certificate at that MBO level or higher.',
  },
  'vog-unlikely': {
    nl: () =>
      'Vraagt de plek een VOG, dan wordt zij niet voorgesteld als de VOG-verwachting unlikely is. Schoolplaatsen vragen geen VOG.',
    en: () =>
      'A target that asks for a VOG is not suggested when the outlook is unlikely. School places ask none.',
  },
  'candidate-not-eligible': {
    nl: (s) =>
      `De kandidaat is actief, gaf toestemming om een geanonimiseerd profiel te delen, is nog niet geplaatst, en komt binnen ${s.horizonDays} dagen vrij of kwam niet meer dan ${s.daysPastRelease} dagen geleden vrij.`,
    en: (s) =>
      `The candidate is active, consented to share an anonymised profile, has not been placed yet, and is released within ${s.horizonDays} days ahead and not more than ${s.daysPastRelease} days ago.`,
  },
  'excluded-municipality': {
    nl: () => 'De plek ligt niet in een gemeente die voor de kandidaat is uitgesloten.',
    en: () => "The target is not in one of the candidate's excluded municipalities.",
  },
};

/** Each factor of the score; the compiler asks for a text for every factor of `WEIGHTS`. */
export const FACTOR_TEXT: Record<keyof typeof WEIGHTS, Bilingual> = {
  qualifications: {
    nl: () =>
      'Hoger als de plek kwalificaties vraagt die de kandidaat allemaal heeft, en naarmate hij meer gewenste kwalificaties heeft of een In-Made-praktijkverklaring in de sector van de plek.',
    en: () =>
      'Higher when the target requires qualifications the candidate all holds, and the more preferred qualifications held, or an In-Made certificate in the target’s sector.',
  },
  distance: {
    nl: (s) => `Hoe dichter bij de terugkeergemeente, hoe hoger; nul vanaf ${s.maxKm} km.`,
    en: (s) => `The nearer the return municipality, the higher; zero at ${s.maxKm} km or more.`,
  },
  timing: {
    nl: (s) =>
      `Het hoogst als de plek kort na de vrijlating begint; lager naarmate zij eerder (tot ${s.startWindow.daysBefore} dagen vóór) of later (tot ${s.startWindow.daysAfter} dagen na) begint.`,
    en: (s) =>
      `Highest when the target starts shortly after release; lower the earlier (up to ${s.startWindow.daysBefore} days before) or later (up to ${s.startWindow.daysAfter} days after) it starts.`,
  },
  covenantPi: {
    nl: () => 'Het convenant van de plek noemt de PI van de kandidaat.',
    en: () => "The target's covenant names the candidate's PI.",
  },
  preferences: {
    nl: () =>
      'De voorkeur van de kandidaat: nul als hij dit soort plek (werk of opleiding) niet wil; hoger in een voorkeurssector.',
    en: () =>
      'The candidate’s preferences: zero when they do not want this kind (work or education); higher in a preferred sector.',
  },
};

/** Every field of the candidate's match profile; the compiler asks for each, so a new field must be described. */
export const CANDIDATE_FIELD_TEXT: { [K in keyof CandidateProfile]-?: string } = {
  id: 'Pseudoniem: een willekeurige UUID die suggesties aan de kandidaat koppelt',
  piCode: 'De PI waar de kandidaat verblijft',
  regionCode: 'De arbeidsmarktregio waarnaar de kandidaat terugkeert',
  municipalityCode: 'De gemeente waarnaar de kandidaat terugkeert (CBS-code)',
  releaseDate: 'De verwachte vrijlatingsdatum',
  vogOutlook: 'De VOG-verwachting, nooit een reden',
  excludedMunicipalities: 'Gemeenten die voor de kandidaat zijn uitgesloten',
  preferences: 'Voorkeuren: werk, opleiding, sectoren',
  consentToShare: 'Toestemming om een geanonimiseerd profiel te delen',
  status: 'Actief of vertrokken',
  placed:
    'Of de kandidaat geplaatst is (bij een vacature of schoolplaats); een geplaatste kandidaat krijgt geen nieuwe suggesties',
  certificates: 'De geldige praktijkverklaringen (crebo en sector); ingetrokken tellen niet',
};

/** Every field of the target's match profile. */
export const TARGET_FIELD_TEXT: { [K in keyof TargetProfile]-?: string } = {
  id: 'Het id van de vacature of schoolplaats',
  type: 'Vacature of schoolplaats',
  title: 'De titel, getoond aan de adviseur',
  open: 'Open of gesloten',
  placesLeft: 'Het aantal vrije plaatsen',
  municipalityCode: 'De gemeente van de plek',
  regionCode: 'De arbeidsmarktregio van de plek',
  startDate: 'De startdatum',
  sector: 'De sector',
  requiredQualifications: 'De gevraagde kwalificaties (crebo)',
  preferredQualifications: 'De gewenste kwalificaties (alleen vacatures)',
  requiresVog: 'Of de plek een VOG vraagt',
  minLevel: 'Het minimale MBO-niveau (alleen schoolplaatsen)',
  covenant: 'Het convenant: of het geldt en welke PI’s het noemt',
};

/** Why an advisor rejects; the compiler asks for a text for every code of `REJECTION_REASON_CODES`. */
export const REJECTION_REASON_TEXT: Record<RejectionReasonCode, string> = {
  'not-suitable': 'De kandidaat past niet bij deze plek',
  'candidate-declined': 'De kandidaat wil deze plek niet',
  'target-unsuitable': 'De plek zelf is ongeschikt',
  other: 'Een andere reden, met een verplichte toelichting',
};

/** What the employer or school sees of a referral: every field of `ReferralView`. */
export const REFERRAL_FIELD_TEXT: { [K in keyof ReferralView]-?: string } = {
  id: 'Het id van de verwijzing',
  targetId: 'De eigen vacature of schoolplaats',
  type: 'Vacature of schoolplaats',
  certificates: 'De geldige praktijkverklaringen bij acceptatie (crebo, titel, datum van afgifte)',
  regionCode: 'De arbeidsmarktregio waarnaar de kandidaat terugkeert',
  availableFrom: 'De verwachte vrijlatingsdatum',
  status: 'Verwezen, geplaatst, afgewezen of ingetrokken',
  withdrawalReason:
    'Bij een ingetrokken verwijzing: de kandidaat vertrok, trok de toestemming in of werd elders geplaatst',
  createdAt: 'Wanneer de adviseur accepteerde',
};

/** What the referral event carries to the employer's or school's service: every field of its payload. */
export const REFERRAL_EVENT_FIELD_TEXT: { [K in keyof ReferralCreated]-?: string } = {
  referralId: 'Het id van de verwijzing',
  targetId: 'De vacature of schoolplaats',
  targetType: 'Vacature of schoolplaats',
  employerId: 'De werkgever (bij een vacature)',
  brin: 'De school (bij een schoolplaats)',
  regionCode: 'De arbeidsmarktregio waarnaar de kandidaat terugkeert',
  availableFrom: 'De verwachte vrijlatingsdatum',
  certificates: 'De geldige praktijkverklaringen bij acceptatie (crebo, titel, datum van afgifte)',
};
