/**
 * Free text from a user's spreadsheet mapped onto the app's vocabularies: organisation
 * types, collaboration kinds, membership roles and countries, in Swedish or English,
 * folded (case and diacritics). Unknown text gives null, never a guess.
 */
import { foldText } from '../normalise';
import {
  COLLABORATION_KINDS,
  MEMBERSHIP_ROLES,
  ORGANISATION_TYPES,
  type CollaborationKind,
  type MembershipRole,
  type OrganisationType,
} from '../vocabulary';

function table<T extends string>(ids: readonly T[], words: Record<T, readonly string[]>) {
  const map = new Map<string, T>();
  for (const id of ids) {
    map.set(foldText(id), id);
    for (const word of words[id]) map.set(foldText(word), id);
  }
  return map;
}

const ORGANISATION_TYPE_WORDS = table(ORGANISATION_TYPES, {
  region: ['region', 'regioner', 'landsting'],
  municipality: ['kommun', 'kommuner', 'municipality', 'stad', 'city', 'local authority'],
  'county-board': ['länsstyrelse', 'länsstyrelsen', 'county board', 'county administrative board'],
  'state-agency': ['statlig myndighet', 'myndighet', 'state agency', 'government agency', 'agency'],
  university: ['lärosäte', 'universitet', 'högskola', 'university', 'college', 'higher education'],
  'research-institute': [
    'forskningsinstitut',
    'institut',
    'research institute',
    'institute',
    'rise',
  ],
  cluster: ['klusterorganisation', 'kluster', 'cluster', 'cluster organisation'],
  company: ['företag', 'bolag', 'company', 'business', 'firm', 'enterprise', 'sme', 'ab'],
  'public-company': ['regionalt bolag', 'kommunalt bolag', 'offentligt bolag', 'public company'],
  'interest-organisation': [
    'intresseorganisation',
    'handelskammare',
    'branschförbund',
    'interest organisation',
    'interest organization',
    'trade association',
    'chamber of commerce',
  ],
  'civil-society': [
    'idéburen organisation',
    'idéburen',
    'förening',
    'stiftelse',
    'folkbildning',
    'civil society',
    'ngo',
    'association',
    'foundation',
  ],
  'international-body': [
    'eu-organ',
    'internationellt nätverk',
    'international body',
    'international organisation',
  ],
  'foreign-region': [
    'utländsk region',
    'utländsk kommun',
    'foreign region',
    'foreign municipality',
  ],
  'municipal-association': ['kommunalförbund', 'delregion', 'municipal association'],
  other: ['övrigt', 'övrig', 'annat', 'other'],
});

const COLLABORATION_KIND_WORDS = table(COLLABORATION_KINDS, {
  project: ['projekt', 'project'],
  network: ['nätverk', 'network'],
  council: ['råd', 'council', 'board'],
  partnership: ['partnerskap', 'partnership'],
  programme: ['program', 'programme', 'program'],
  company: ['bolag', 'gemensamt bolag', 'company', 'joint company'],
  subregion: ['delregion', 'hörn', 'subregion'],
  initiative: ['insats', 'initiativ', 'initiative'],
  agreement: ['överenskommelse', 'avtal', 'agreement'],
});

const MEMBERSHIP_ROLE_WORDS = table(MEMBERSHIP_ROLES, {
  lead: [
    'projektägare',
    'lead partner',
    'huvudman',
    'ägare',
    'leader',
    'owner',
    'coordinator',
    'koordinator',
    'leadpartner',
    'huvudsökande',
  ],
  convener: ['sammankallande', 'convenor'],
  chair: ['ordförande', 'ordf', 'chairman', 'chairperson'],
  host: ['värd', 'värdorganisation', 'host organisation'],
  funder: ['medfinansiär', 'huvudsponsor', 'finansiär', 'sponsor', 'financier', 'co-funder'],
  partner: ['partner', 'samarbetspartner', 'projektpartner', 'deltagare', 'participant'],
  member: ['medlem', 'ledamot', 'member'],
  part: ['ingår i', 'del av', 'part of'],
});

const COUNTRY_WORDS = new Map<string, string>(
  (
    [
      ['SE', ['sverige', 'sweden', 'se', 'swe']],
      ['DK', ['danmark', 'denmark', 'dk', 'dnk']],
      ['NO', ['norge', 'norway', 'no', 'nor']],
      ['FI', ['finland', 'suomi', 'fi', 'fin']],
      ['DE', ['tyskland', 'germany', 'deutschland', 'de', 'deu']],
      ['PL', ['polen', 'poland', 'polska', 'pl', 'pol']],
      ['LT', ['litauen', 'lithuania', 'lt']],
      ['LV', ['lettland', 'latvia', 'lv']],
      ['EE', ['estland', 'estonia', 'ee']],
      ['IS', ['island', 'iceland', 'is']],
      ['NL', ['nederländerna', 'netherlands', 'holland', 'nl']],
      ['BE', ['belgien', 'belgium', 'be']],
      ['FR', ['frankrike', 'france', 'fr']],
      ['IT', ['italien', 'italy', 'italia', 'it']],
      ['ES', ['spanien', 'spain', 'españa', 'es']],
      ['GB', ['storbritannien', 'united kingdom', 'uk', 'gb', 'england']],
      ['US', ['usa', 'united states', 'us']],
    ] as const
  ).flatMap(([code, words]) => words.map((w) => [foldText(w), code] as const)),
);

/** The organisation type named by the text ("kommun", "Lärosäte", "university"), or null. */
export function organisationTypeFromText(text: string): OrganisationType | null {
  return ORGANISATION_TYPE_WORDS.get(foldText(text)) ?? null;
}

/** The collaboration kind named by the text ("projekt", "Network"), or null. */
export function collaborationKindFromText(text: string): CollaborationKind | null {
  return COLLABORATION_KIND_WORDS.get(foldText(text)) ?? null;
}

/** The membership role named by the text ("Projektägare", "lead partner"), or null. */
export function membershipRoleFromText(text: string): MembershipRole | null {
  return MEMBERSHIP_ROLE_WORDS.get(foldText(text)) ?? null;
}

/** ISO 3166-1 alpha-2 code for a country name or code ("Sverige", "DK", "Germany"), or null. */
export function countryFromText(text: string): string | null {
  const folded = foldText(text);
  const known = COUNTRY_WORDS.get(folded);
  if (known) return known;
  return /^[a-z]{2}$/.test(folded) ? folded.toUpperCase() : null;
}
