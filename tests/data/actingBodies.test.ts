/**
 * Links the documents give between bodies that are both collaborations and actors, and the
 * fixed defects, checked on the bundled graph (each fact re-read in the cited section).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createDataset } from '../../src/data/dataset';
import { graphSchema } from '../../src/data/graphSchema';
import { applyFilters, DEFAULT_FILTERS } from '../../src/domain/filters';
import { buildSearchIndex, search } from '../../src/domain/search';
import { buildViewGraph } from '../../src/domain/viewGraph';

const data = createDataset(
  graphSchema.parse(
    JSON.parse(readFileSync(new URL('../../data/graph.json', import.meta.url), 'utf8')),
  ),
);
const membersOf = (col: string, role?: string) =>
  (data.membershipsByCollaboration.get(`col:${col}`) ?? [])
    .filter((m) => !role || m.role === role)
    .map((m) => m.source);
const memberOf = (member: string) =>
  (data.membershipsByOrganisation.get(member) ?? []).map((m) => m.target);
const CORNERS = [
  'col:familjen-helsingborg',
  'col:malmolundregionen',
  'col:skane-nordost',
  'col:sydostra-skanes-samarbetskommitte',
];

describe('bodies that are both collaborations and actors', () => {
  it('seats the four sub-regions in Regionplanerådet, the RTI meetings, yrkesvux and the EU network', () => {
    for (const col of [
      'regionplaneradet',
      'rti-planeringssamverkan',
      'utveckling-av-yrkesvux',
      'strategiska-eu-natverket',
    ]) {
      expect(membersOf(col), col).toEqual(expect.arrayContaining(CORNERS));
    }
  });

  it('Familjen Helsingborg sits in Regionplanerådet and built the yrkesvux pilot page', () => {
    expect(memberOf('col:familjen-helsingborg')).toContain('col:regionplaneradet');
    expect(membersOf('gemensam-digital-plattform-yrkesvux', 'lead')).toEqual([
      'col:familjen-helsingborg',
    ]);
  });

  it('no sub-region is isolated in the network view', () => {
    const graph = buildViewGraph(applyFilters(data, DEFAULT_FILTERS), 'network');
    for (const id of CORNERS) {
      expect(graph.nodes.find((n) => n.id === id)?.links ?? 0, id).toBeGreaterThan(0);
    }
  });

  it('Teknikcollege Skåne is in the validation group; it and Exportcentrum are channels to business', () => {
    expect(membersOf('regional-plattform-for-validering')).toContain('col:teknikcollege-skane');
    expect(membersOf('region-skanes-naringslivsdialog')).toEqual(
      expect.arrayContaining(['col:teknikcollege-skane', 'col:exportcentrum-skane']),
    );
  });

  it('Euroregion Baltic works on the South Baltic programme; Kronoberg reaches ERIAFF through SBHSS', () => {
    expect(membersOf('sodra-ostersjoprogrammet')).toContain('col:euroregion-baltic');
    expect(membersOf('eriaff-arbetsgrupp-skogsregioner')).toContain(
      'col:smaland-blekinge-halland-south-sweden',
    );
  });

  it('Region Skåne takes part in the three transnational Interreg programmes', () => {
    for (const col of ['ostersjoprogrammet', 'sodra-ostersjoprogrammet', 'nordsjoprogrammet']) {
      expect(membersOf(col), col).toEqual(
        expect.arrayContaining(['org:region-skane', 'org:region-kronoberg']),
      );
    }
  });

  it('the Hälsoteknik project runs within Hälsoteknikalliansen and LNU, in VISNAU and Daméninstitutet’s arenas', () => {
    const parents = (data.parentsByCollaboration.get('col:innovationssystemet-halsoteknik') ?? [])
      .map((c) => c.id)
      .sort();
    expect(parents).toEqual(['col:halsoteknikalliansen', 'col:lnu']);
    expect(membersOf('visnau')).toContain('col:innovationssystemet-halsoteknik');
    expect(membersOf('lararenor-dameninstitutet')).toEqual(
      expect.arrayContaining(['org:dameninstitutet', 'col:innovationssystemet-halsoteknik']),
    );
  });

  it('the LNU integration project started through Tillväxt Östergötland; 3-30-300 is part of the regional plan', () => {
    expect(membersOf('tillvaxt-ostergotland', 'part')).toContain(
      'col:invandrares-mojligheter-till-arbete',
    );
    expect(membersOf('regionplan-for-skane-2022-2040', 'part')).toContain(
      'col:studie-3-30-300-skane',
    );
  });

  it('ESTGC is an Interreg project pointing to both Greater Copenhagen and its transport charter', () => {
    const estgc = data.nodeById.get('col:estgc');
    expect(estgc?.kind === 'collaboration' && estgc.funding).toEqual(['interreg']);
    expect((data.parentsByCollaboration.get('col:estgc') ?? []).map((c) => c.id).sort()).toEqual([
      'col:greater-copenhagen',
      'col:greater-copenhagen-trafikcharter',
    ]);
  });

  it('every collaboration has a link or says why it has none', () => {
    const linked = new Set(data.file.edges.flatMap((e) => [e.source, e.target]));
    for (const c of data.collaborations) {
      expect(linked.has(c.id) || Boolean(c.isolatedBecause), c.id).toBe(true);
    }
  });
});

describe('the "all N kommuner" rule', () => {
  it('expands "all Skåne municipalities" to 33 implied memberships, and only implied ones', () => {
    const skane = new Set(
      data.organisations
        .filter((o) => o.type === 'municipality' && o.county === 'Skåne län')
        .map((o) => o.id),
    );
    for (const col of [
      'naringslivschefsnatverket-skane',
      'affarsutvecklingscheckar',
      'greater-copenhagen',
    ]) {
      const kommuner = (data.membershipsByCollaboration.get(`col:${col}`) ?? []).filter((m) =>
        skane.has(m.source),
      );
      expect(kommuner, col).toHaveLength(33);
      expect(
        kommuner.every((m) => m.implied),
        col,
      ).toBe(true);
    }
  });
});

describe('fixed defects', () => {
  it('keeps Michael Nord and Micael Nord apart, as the document spells them, and searchable', () => {
    const bodies = (person: string) =>
      (data.seatsByPerson.get(`person:${person}`) ?? []).map((s) => s.body).sort();
    expect(bodies('michael-nord')).toEqual(['board', 'council']);
    expect(bodies('micael-nord')).toEqual(['council-adjunct', 'preparatory-group']);
    const index = buildSearchIndex(data.file.nodes);
    const hits = search(index, 'nord').map((h) => h.id);
    expect(hits).toEqual(expect.arrayContaining(['person:michael-nord', 'person:micael-nord']));
  });

  it('does not give Björn Ekelund’s adjunct seat to Mobile Heights, and (M) is no title', () => {
    const adjunct = (data.seatsByPerson.get('person:bjorn-ekelund') ?? []).find(
      (s) => s.body === 'council-adjunct',
    );
    expect(adjunct?.organisation).toBeUndefined();
    for (const s of data.seats) expect(s.title ?? '', s.id).not.toMatch(/\(M\)/);
  });

  it('Region Skåne leads Arbetsmarknadskunskap', () => {
    expect(membersOf('arbetsmarknadskunskap', 'lead')).toEqual(['org:region-skane']);
  });

  it('states no parent for Minc and no specific programme for SLADDEL', () => {
    const minc = data.nodeById.get('org:minc');
    expect(minc?.kind === 'organisation' && minc.parent).toBeUndefined();
    const sladdel = data.nodeById.get('col:sladdel');
    expect(sladdel?.kind === 'collaboration' && sladdel.funding).toEqual(['interreg']);
  });

  it('keeps SKR’s predecessors as former names, Orkla apart from Orkla Foods, Science Village apart from SVS AB', () => {
    const skr = data.nodeById.get('org:skr');
    expect(skr?.kind === 'organisation' && skr.formerNames).toEqual(
      expect.arrayContaining(['Svenska Kommunförbundet', 'Landstingsförbundet']),
    );
    expect(skr?.aliases).not.toContain('Landstingsförbundet');
    const hit = search(buildSearchIndex(data.file.nodes), 'Landstingsförbundet')[0];
    expect(hit).toMatchObject({ id: 'org:skr', matched: 'Landstingsförbundet' });
    expect(data.nodeById.has('org:orkla')).toBe(true);
    expect(data.nodeById.has('org:orkla-foods')).toBe(true);
    expect(data.nodeById.get('org:science-village-scandinavia')?.aliases).not.toContain(
      'Science Village',
    );
  });

  it('gives both Brussels offices one type, and dates Kommunförbundet Skåne’s page before 2018', () => {
    const type = (id: string) => {
      const n = data.nodeById.get(`org:${id}`);
      return n?.kind === 'organisation' ? n.type : null;
    };
    expect(type('skanes-kommuner-brysselkontor')).toBe(type('region-skane-brysselkontor'));
    expect(data.sourceById.get('kfsk-natverk')?.year).toBeLessThan(2018);
  });

  it('puts Interreg programmes and the structural funds in families', () => {
    const family = new Map(data.file.fundingProgrammes.map((f) => [f.id, f.family]));
    expect(family.get('interreg-oks')).toBe('interreg');
    expect(family.get('interreg-south-baltic')).toBe('interreg');
    expect(family.get('eruf')).toBe('eu-strukturfonder');
    expect(family.get('esf')).toBe('eu-strukturfonder');
  });
});
