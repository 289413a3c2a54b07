/**
 * Integrity of the bundled graph (data/graph.json) and spot checks of facts verified by
 * reading each source document. The graph's freshness is checked by `npm run data:check`.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findContactData } from '../../src/data/contactData';
import { createDataset } from '../../src/data/dataset';
import { graphSchema } from '../../src/data/graphSchema';
import { organisationNameKeys } from '../../src/data/normalise';
import { buildSearchIndex, search } from '../../src/domain/search';

const file = graphSchema.parse(
  JSON.parse(readFileSync(new URL('../../data/graph.json', import.meta.url), 'utf8')),
);
const data = createDataset(file);

const members = (col: string, role?: string) =>
  (data.membershipsByCollaboration.get(`col:${col}`) ?? [])
    .filter((m) => !role || m.role === role)
    .map((m) => m.source);
const seat = (col: string, person: string) =>
  (data.seatsByCollaboration.get(`col:${col}`) ?? []).filter(
    (s) => s.source === `person:${person}`,
  );

describe('bundled graph integrity', () => {
  it('has every node and edge reference resolved', () => {
    for (const e of file.edges) {
      expect(data.nodeById.has(e.source), e.id).toBe(true);
      expect(data.nodeById.has(e.target), e.id).toBe(true);
    }
  });

  it('has evidence from a known source on every membership and seat', () => {
    const sources = new Set(file.sources.map((s) => s.id));
    for (const e of file.edges) {
      expect(e.evidence.length, e.id).toBeGreaterThan(0);
      for (const ev of e.evidence)
        expect(sources.has(ev.source), `${e.id} cites ${ev.source}`).toBe(true);
    }
  });

  it('holds no contact data', () => {
    const text = JSON.stringify({ ...file, positions: undefined });
    for (const value of text.split('"')) expect(findContactData(value), value).toBeNull();
  });

  it('has all 33 Skåne kommuner, each once', () => {
    const skane = data.organisations.filter(
      (o) => o.type === 'municipality' && o.county === 'Skåne län',
    );
    expect(skane).toHaveLength(33);
    expect(skane.map((o) => o.label)).toEqual(
      expect.arrayContaining([
        'Malmö stad',
        'Helsingborgs stad',
        'Landskrona stad',
        'Lunds kommun',
        'Östra Göinge kommun',
      ]),
    );
  });

  it('has no two organisations sharing a normalised name or alias', () => {
    const owner = new Map<string, string>();
    for (const o of data.organisations) {
      for (const name of [o.label, ...o.aliases]) {
        for (const key of organisationNameKeys(name)) {
          const other = owner.get(key);
          if (other && other !== o.id) expect.fail(`${o.id} and ${other} share ${key}`);
          owner.set(key, o.id);
        }
      }
    }
  });

  it('covers all five documents at the expected scale', () => {
    for (const s of file.sources)
      expect(
        data.collaborations.some((c) => c.sources.includes(s.id)),
        s.id,
      ).toBe(true);
    expect(data.collaborations.length).toBeGreaterThanOrEqual(150);
    expect(data.people.length).toBeGreaterThanOrEqual(50);
    expect(data.memberships.length).toBeGreaterThanOrEqual(450);
  });

  it('has an English twin for every Swedish text', () => {
    const pairs: [string, string | undefined, string | undefined][] = [];
    for (const n of file.nodes) {
      if (n.kind === 'collaboration') {
        pairs.push([n.id, n.description, n.descriptionEn]);
        pairs.push([n.id, n.unnamedParticipants, n.unnamedParticipantsEn]);
        pairs.push([n.id, n.periodNote, n.periodNoteEn]);
      } else if (n.kind === 'organisation') pairs.push([n.id, n.note, n.noteEn]);
    }
    for (const e of file.edges) {
      pairs.push([e.id, e.note, e.noteEn]);
      if (e.kind === 'seat') pairs.push([e.id, e.title, e.titleEn]);
    }
    for (const s of file.sources) pairs.push([s.id, s.note, s.noteEn]);
    for (const [id, sv, en] of pairs) {
      expect(Boolean(sv), id).toBe(Boolean(en));
      if (sv && en && sv.length > 30) expect(en, id).not.toBe(sv);
    }
  });

  it('knows variant names as aliases and former names as formerNames', () => {
    const aliasesOf = (id: string) => data.nodeById.get(`org:${id}`)?.aliases ?? [];
    const formerOf = (id: string) => {
      const n = data.nodeById.get(`org:${id}`);
      return n?.kind === 'organisation' ? n.formerNames : [];
    };
    // Renamed organisations keep their old names as former names (searchable), not aliases.
    expect(formerOf('malmo-universitet')).toContain('Malmö högskola');
    expect(formerOf('skanes-kommuner')).toContain('Kommunförbundet Skåne');
    // The bare "Länsstyrelsen" is no alias: Region Kronoberg's plan uses it for its own county board.
    expect(aliasesOf('lansstyrelsen-skane')).toContain('Länsstyrelsen i Skåne');
    expect(aliasesOf('lansstyrelsen-skane')).not.toContain('Länsstyrelsen');
    expect(aliasesOf('slu')).toContain('SLU Alnarp');
  });
});

describe('rs-projekt: Region Skåne, Projekt och samarbeten', () => {
  it('FIRS is chaired by Carl Johan Sonesson of Region Skåne, in council and board', () => {
    const seats = seat('firs', 'carl-johan-sonesson');
    expect(seats.map((s) => `${s.body}:${s.role}`)).toEqual(
      expect.arrayContaining(['council:chair', 'board:chair']),
    );
    expect(seats.every((s) => s.organisation === 'org:region-skane')).toBe(true);
  });

  it('FIRS seats rektorer of Lunds and Malmö universitet on its board, and its secretariat at Region Skåne', () => {
    expect(seat('firs', 'erik-renstrom').map((s) => s.body)).toContain('board');
    expect(seat('firs', 'kerstin-tham')[0]?.organisation).toBe('org:malmo-universitet');
    const secretariat = (data.seatsByCollaboration.get('col:firs') ?? []).filter(
      (s) => s.body === 'secretariat',
    );
    expect(secretariat.length).toBe(4);
    expect(new Set(secretariat.map((s) => s.organisation))).toEqual(new Set(['org:region-skane']));
  });

  it('STRING has the Swedish partners Region Skåne, Region Halland, Västra Götalandsregionen, Göteborg, Helsingborg and Malmö', () => {
    expect(members('string')).toEqual(
      expect.arrayContaining([
        'org:region-skane',
        'org:region-halland',
        'org:vastra-gotalandsregionen',
        'org:goteborgs-stad',
        'org:helsingborgs-stad',
        'org:malmo-stad',
      ]),
    );
    expect(members('string')).toEqual(
      expect.arrayContaining(['org:oslo-kommune', 'org:hamburg', 'org:region-hovedstaden']),
    );
  });

  it('K2 is funded by Vinnova, Trafikverket and Formas among others', () => {
    expect(members('k2-kollektivtrafik', 'funder')).toEqual(
      expect.arrayContaining(['org:vinnova', 'org:trafikverket', 'org:formas', 'org:region-skane']),
    );
  });

  it('Greater Copenhagen names its regions and notes the unnamed municipalities', () => {
    expect(members('greater-copenhagen')).toEqual(
      expect.arrayContaining([
        'org:region-skane',
        'org:region-halland',
        'org:region-hovedstaden',
        'org:region-sjaelland',
      ]),
    );
    const node = data.nodeById.get('col:greater-copenhagen');
    expect(node?.kind === 'collaboration' && node.unnamedParticipants).toMatch(/85/);
  });
});

describe('kfsk-natverk: Kommunförbundet Skåne, Nätverk', () => {
  it('records the conveners of the five networks', () => {
    expect(members('brysselnatverket', 'convener')).toEqual(['org:skanes-kommuner']);
    expect(members('fondsamordningsgruppen', 'convener')).toEqual(['org:region-skane']);
    expect(members('landsbygdspartnerskapet', 'convener')).toEqual(['org:lansstyrelsen-skane']);
    expect(members('skur-natverket', 'convener')).toEqual(['org:region-skane']);
    expect(members('strategiska-eu-natverket', 'convener')).toEqual(['org:skanes-kommuner']);
  });

  it('SKUR brings together Region Skåne, Malmö stad, Länsstyrelsen, Skånes Kommuner and Malmö universitet', () => {
    expect(new Set(members('skur-natverket'))).toEqual(
      new Set([
        'org:region-skane',
        'org:malmo-stad',
        'org:lansstyrelsen-skane',
        'org:skanes-kommuner',
        'org:malmo-universitet',
      ]),
    );
  });
});

describe('rk-handlingsplan-2022: Region Kronoberg, international action plan', () => {
  it('Region Kronoberg belongs to its three international networks', () => {
    for (const network of [
      'smaland-blekinge-halland-south-sweden',
      'euroregion-baltic',
      'energy-cities',
    ]) {
      expect(members(network), network).toContain('org:region-kronoberg');
    }
  });

  it('Umbrella 2.0 is a Euroregion Baltic project with UBC and BSSSC, funded by Svenska institutet', () => {
    const parents = data.parentsByCollaboration.get('col:umbrella-2-0') ?? [];
    expect(parents.map((p) => p.id)).toEqual(['col:euroregion-baltic']);
    expect(members('umbrella-2-0')).toEqual(
      expect.arrayContaining(['org:union-of-the-baltic-cities']),
    );
    expect(members('umbrella-2-0', 'funder')).toContain('org:svenska-institutet');
  });
});

describe('rs-aterrapport-2020: Region Skåne, regional growth report 2020', () => {
  it('Regionsamverkan Sydsverige has the six southern regions', () => {
    const orgs = members('regionsamverkan-sydsverige').filter((m) => m.startsWith('org:'));
    expect(new Set(orgs)).toEqual(
      new Set([
        'org:region-skane',
        'org:region-blekinge',
        'org:region-halland',
        'org:region-jonkopings-lan',
        'org:region-kalmar-lan',
        'org:region-kronoberg',
      ]),
    );
  });

  it("records Region Skåne's subsidiaries with Region Skåne as parent", () => {
    const children = data.organisations
      .filter((o) => o.parent === 'org:region-skane')
      .map((o) => o.label);
    expect(children).toEqual(
      expect.arrayContaining(['Tourism in Skåne AB', 'Business Region Skåne AB']),
    );
  });

  it('records the four sub-regions of Skåne', () => {
    expect(data.collaborations.filter((c) => c.type === 'subregion')).toHaveLength(4);
  });
});

describe('nutek-lnu: the LNU booklet', () => {
  it("LNU is Nutek's programme with Sveriges Kommuner och Landsting, 2002–2004", () => {
    expect(members('lnu', 'lead')).toEqual(['org:nutek']);
    expect(members('lnu')).toContain('org:skr');
    const lnu = data.nodeById.get('col:lnu');
    expect(lnu?.kind === 'collaboration' && [lnu.start, lnu.end]).toEqual([2002, 2004]);
  });

  it('names all 24 projects as part of LNU', () => {
    const projects = data.childrenByCollaboration.get('col:lnu') ?? [];
    expect(projects.length).toBeGreaterThanOrEqual(24);
  });

  it('records the owners and co-operating municipalities of the whole project presentations', () => {
    expect(members('innovationssystemet-halsoteknik', 'lead')).toEqual(['org:halmstads-kommun']);
    expect(members('innovationssystemet-halsoteknik')).toContain('org:varbergs-kommun');
    expect(members('invandrares-mojligheter-till-arbete', 'lead')).toEqual([
      'org:norrkopings-kommun',
    ]);
    expect(members('invandrares-mojligheter-till-arbete')).toEqual(
      expect.arrayContaining(['org:soderkopings-kommun', 'org:finspangs-kommun']),
    );
    expect(members('klusterutveckling-industri-och-bioteknik', 'lead')).toEqual([
      'org:osthammars-naringslivsutveckling',
    ]);
  });
});

describe('search over the real data', () => {
  const index = buildSearchIndex(file.nodes);
  const top = (q: string, n = 3) => search(index, q, n).map((h) => h.id);
  it('finds Malmö stad and Malmö universitet for "malmo"', () => {
    expect(top('malmo', 4)).toEqual(
      expect.arrayContaining(['org:malmo-stad', 'org:malmo-universitet']),
    );
  });
  it('finds former names and acronyms first', () => {
    expect(top('Malmö högskola')[0]).toBe('org:malmo-universitet');
    expect(top('Kommunförbundet Skåne')[0]).toBe('org:skanes-kommuner');
    expect(top('FIRS')[0]).toBe('col:firs');
    expect(top('KoSS')[0]).toBe('col:kompetenssamverkan-skane');
    expect(top('SLU')[0]).toBe('org:slu');
  });
});
