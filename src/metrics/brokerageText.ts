/**
 * Plain-language names and one-line explanations, in Swedish (source) and English, for the
 * brokerage roles, Burt's structural-hole measures, the world groupings and the sector
 * worlds. Data only, to be moved into src/i18n by the lead; keys mirror the ids in
 * brokerage.ts, structuralHoles.ts and worlds.ts, so a missing text fails to compile.
 */
import type { BrokerageRole } from './brokerage';
import type { Sector, WorldScheme } from './worlds';

export type TextLanguage = 'sv' | 'en';

/** A name and a one-sentence explanation. */
export interface Explained {
  name: string;
  explanation: string;
}

type Texts<K extends string> = Record<TextLanguage, Record<K, Explained>>;

/** The five Gould–Fernandez roles. "Grupp" is the world chosen (type, sector …). */
export const BROKERAGE_ROLE_TEXT: Texts<BrokerageRole> = {
  sv: {
    coordinator: {
      name: 'Samordnare',
      explanation:
        'Knyter ihop två aktörer ur den egna gruppen som inte har någon direkt kontakt med varandra.',
    },
    consultant: {
      name: 'Konsult',
      explanation:
        'Knyter ihop två aktörer ur en och samma annan grupp, utan att själv höra till den.',
    },
    representative: {
      name: 'Representant',
      explanation: 'För den egna gruppens kontakter vidare ut till en aktör i en annan grupp.',
    },
    gatekeeper: {
      name: 'Grindvakt',
      explanation: 'Tar emot kontakter från en annan grupp och släpper in dem i den egna gruppen.',
    },
    liaison: {
      name: 'Brobyggare',
      explanation:
        'Knyter ihop aktörer ur två olika grupper, där ingen av dem är den egna — en länk mellan världar.',
    },
  },
  en: {
    coordinator: {
      name: 'Coordinator',
      explanation: 'Links two members of its own group who have no direct contact.',
    },
    consultant: {
      name: 'Consultant',
      explanation: 'Links two members of one other group without belonging to it.',
    },
    representative: {
      name: 'Representative',
      explanation: 'Carries its own group’s contacts out to someone in another group.',
    },
    gatekeeper: {
      name: 'Gatekeeper',
      explanation: 'Takes contacts from another group and lets them into its own.',
    },
    liaison: {
      name: 'Liaison',
      explanation:
        'Links members of two different groups, neither of them its own — a bridge between worlds.',
    },
  },
};

/** A note for the undirected network view (why gatekeeper equals representative). */
export const BROKERAGE_UNDIRECTED_NOTE: Record<TextLanguage, string> = {
  sv: 'Samarbeten har ingen riktning, så varje par räknas åt båda hållen: grindvakt och representant blir lika, och övriga roller räknas dubbelt.',
  en: 'Collaborations have no direction, so every pair is counted both ways: gatekeeper equals representative, and the other roles count twice.',
};

/** The comparison with chance (`NodeBrokerage.expected` and `z`). */
export const BROKERAGE_EXPECTED_TEXT: Texts<'expected' | 'z'> = {
  sv: {
    expected: {
      name: 'Väntat antal',
      explanation:
        'Hur ofta en aktör ur en lika stor grupp skulle ha rollen om banden i nätverket vore slumpmässigt dragna, med samma täthet.',
    },
    z: {
      name: 'Över eller under det väntade',
      explanation:
        'Skillnaden mot det väntade antalet i standardavvikelser; över 2 är tydligt oftare än slumpen.',
    },
  },
  en: {
    expected: {
      name: 'Expected count',
      explanation:
        'How often an actor from an equally large group would hold the role if the ties were drawn at random with the same density.',
    },
    z: {
      name: 'Above or below expected',
      explanation:
        'The difference from the expected count in standard deviations; above 2 is clearly more often than chance.',
    },
  },
};

/** Burt's measures (structuralHoles.ts). */
export const STRUCTURAL_HOLE_TEXT: Texts<'effectiveSize' | 'efficiency' | 'constraint'> = {
  sv: {
    effectiveSize: {
      name: 'Effektiv storlek',
      explanation:
        'Hur många av kontakterna som tillför något eget: kontakter som redan känner varandra räknas mindre.',
    },
    efficiency: {
      name: 'Effektivitet',
      explanation: 'Effektiv storlek delad med antalet kontakter; 1 betyder att ingen överlappar.',
    },
    constraint: {
      name: 'Inlåsning',
      explanation:
        'Hur beroende aktören är av kontakter som hänger ihop med varandra; högt värde betyder få egna brobyggen.',
    },
  },
  en: {
    effectiveSize: {
      name: 'Effective size',
      explanation:
        'How many contacts bring something of their own: contacts who already know each other count less.',
    },
    efficiency: {
      name: 'Efficiency',
      explanation: 'Effective size divided by the number of contacts; 1 means no overlap.',
    },
    constraint: {
      name: 'Constraint',
      explanation:
        'How much the actor depends on contacts who are tied to each other; high means few bridges of its own.',
    },
  },
};

/** The groupings offered (worlds.ts `WorldScheme`). */
export const WORLD_SCHEME_TEXT: Texts<WorldScheme> = {
  sv: {
    type: { name: 'Organisationstyp', explanation: 'Varje organisationstyp är en egen grupp.' },
    sector: {
      name: 'Sektor',
      explanation:
        'Kommunal, regional, statlig, akademi, näringsliv, civilsamhälle, internationell.',
    },
    domestic: { name: 'Svensk eller utländsk', explanation: 'Svenska mot utländska aktörer.' },
    country: { name: 'Land', explanation: 'Varje land är en egen grupp.' },
  },
  en: {
    type: { name: 'Organisation type', explanation: 'Each organisation type is a group.' },
    sector: {
      name: 'Sector',
      explanation: 'Municipal, regional, state, academia, business, civil society, international.',
    },
    domestic: { name: 'Swedish or foreign', explanation: 'Swedish against foreign actors.' },
    country: { name: 'Country', explanation: 'Each country is a group.' },
  },
};

/** Names of the sector worlds and of the fallback groups. */
export const WORLD_NAME_TEXT: Record<
  TextLanguage,
  Record<Sector | 'domestic' | 'foreign' | 'unknown', string>
> = {
  sv: {
    municipal: 'kommunal',
    regional: 'regional',
    state: 'statlig',
    academia: 'akademi',
    business: 'näringsliv',
    'civil-society': 'civilsamhälle',
    international: 'internationell',
    other: 'övrigt',
    domestic: 'svensk',
    foreign: 'utländsk',
    unknown: 'okänt',
  },
  en: {
    municipal: 'municipal',
    regional: 'regional',
    state: 'state',
    academia: 'academia',
    business: 'business',
    'civil-society': 'civil society',
    international: 'international',
    other: 'other',
    domestic: 'Swedish',
    foreign: 'foreign',
    unknown: 'unknown',
  },
};
