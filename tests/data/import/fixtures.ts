/**
 * Tiny datasets for the import tests, with hand-checkable answers.
 * matcherDataset: organisations only, chosen so near-misses exist (see matchOrganisations.test).
 * mapDataset: the shared tiny dataset plus Eko (only in Delta with Dotter AB), so two
 * listed organisations are known but share nothing with Region Alfa.
 */
import { buildGraph } from '../../../src/data/buildGraph';
import { createDataset, type Dataset } from '../../../src/data/dataset';
import {
  GRAPH_FORMAT_VERSION,
  type GraphFile,
  type OrganisationNode,
} from '../../../src/data/graphSchema';
import { tinyInput } from '../../fixtures/tinyDataset';

const org = (
  id: string,
  label: string,
  type: OrganisationNode['type'],
  extra: Partial<OrganisationNode> & { formerNames?: string[] } = {},
): OrganisationNode => ({
  id: `org:${id}`,
  kind: 'organisation',
  label,
  type,
  aliases: [],
  formerNames: [],
  country: 'SE',
  ...extra,
});

export function matcherDataset(): Dataset {
  const file: GraphFile = {
    format: GRAPH_FORMAT_VERSION,
    dataAsOf: '2022',
    sources: [],
    fundingProgrammes: [],
    nodes: [
      org('region-skane', 'Region Skåne', 'region'),
      org('lunds-universitet', 'Lunds universitet', 'university', { aliases: ['Lund University'] }),
      org('malmo-universitet', 'Malmö universitet', 'university', {
        formerNames: ['Malmö högskola'],
      }),
      org('helsingborgs-stad', 'Helsingborgs stad', 'municipality'),
      org('slu', 'Sveriges lantbruksuniversitet', 'university', { shortName: 'SLU' }),
      org('skanes-kommuner', 'Skånes Kommuner', 'municipal-association', {
        formerNames: ['Kommunförbundet Skåne'],
      }),
      org('almi-skane', 'Almi Företagspartner Skåne', 'company'),
      org('almi-invest', 'Almi Invest Syd', 'company'),
      org('hamburg', 'Freie und Hansestadt Hamburg', 'foreign-region', {
        country: 'DE',
        shortName: 'Hamburg',
      }),
    ],
    edges: [],
    positions: { affiliation: {}, network: {} },
  };
  return createDataset(file);
}

export function mapDataset(): Dataset {
  const input = tinyInput();
  const organisations = input.organisations[0]?.content as unknown[];
  organisations.push({ id: 'eko-e', name: 'Eko förening', type: 'civil-society', country: 'SE' });
  input.collaborations.push({
    file: 'collaborations/doc/delta.yaml',
    content: {
      id: 'delta',
      name: 'Deltanätverket',
      kind: 'network',
      description: 'Ett nätverk utan regionen.',
      descriptionEn: 'A network without the region.',
      evidence: [{ source: 'doc', section: 'Nätverk › Delta' }],
      members: [
        { org: 'eko-e', role: 'member' },
        { org: 'bolag-d', role: 'convener' },
      ],
    },
  });
  const result = buildGraph(input);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return createDataset({ ...result.graph, positions: { affiliation: {}, network: {} } });
}
