import { describe, expect, it } from 'vitest';
import { buildGraph, type BuildInput } from '../../src/data/buildGraph';
import { tinyInput } from '../fixtures/tinyDataset';

/** The fixture's parsed-YAML shape, loosely typed so tests can break it like a curator would. */
type RawEntry = Record<string, unknown>;
type RawCollaboration = RawEntry & { members: RawEntry[]; seats?: RawEntry[] };
interface RawInput {
  collaborations: { file: string; content: RawCollaboration }[];
  organisations: { file: string; content: RawEntry[] }[];
}

/** Applies `mutate` to a fresh copy of the tiny input and returns the build's errors. */
function errorsAfter(mutate: (input: RawInput) => void) {
  const input: BuildInput = tinyInput();
  mutate(input as unknown as RawInput);
  const result = buildGraph(input);
  if (result.ok) return [];
  return result.errors.map((e) => `${e.file}: ${e.entry}: ${e.reason}`);
}

describe('buildGraph', () => {
  it('builds the tiny dataset with prefixed ids, merged people and inherited evidence', () => {
    const result = buildGraph(tinyInput());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const ids = result.graph.nodes.map((n) => n.id);
    expect(ids).toContain('org:region-a');
    expect(ids).toContain('col:alfa');
    expect(ids).toContain('person:anna-a');
    const lead = result.graph.edges.find(
      (e) => e.kind === 'membership' && e.source === 'org:region-a' && e.target === 'col:alfa',
    );
    expect(lead?.evidence).toEqual([{ source: 'doc', section: 'Projekt › Alfa' }]);
    expect(result.graph.dataAsOf).toBe('2022');
  });

  it('rejects a dangling organisation reference, naming file and entry', () => {
    const errors = errorsAfter((i) =>
      i.collaborations[0]!.content.members.push({ org: 'nobody', role: 'partner' }),
    );
    expect(errors).toEqual([
      expect.stringMatching(
        /collaborations\/doc\/alfa\.yaml: alfa › members\[3\] \(nobody\): unknown organisation "nobody"/,
      ),
    ]);
  });

  it('rejects duplicate ids across files', () => {
    const errors = errorsAfter((i) =>
      i.organisations.push({
        file: 'organisations/other.yaml',
        content: [{ id: 'uni-c', name: 'Annat namn', type: 'university', country: 'SE' }],
      }),
    );
    expect(errors.join('\n')).toMatch(
      /organisations\/other\.yaml: uni-c: duplicate organisation id \(also in organisations\/test\.yaml\)/,
    );
  });

  it('rejects two organisations whose names collide after normalisation (case, diacritics, kommun/stad)', () => {
    const errors = errorsAfter((i) =>
      i.organisations[0]!.content.push({
        id: 'basta-kommun',
        name: 'BASTA KOMMUN',
        type: 'municipality',
        country: 'SE',
      }),
    );
    expect(errors.join('\n')).toMatch(
      /basta-kommun: name "BASTA KOMMUN" collides with organisation kommun-b/,
    );
    const genitive = errorsAfter((i) =>
      i.organisations[0]!.content.push({
        id: 'bastas',
        name: 'Bästas kommun',
        type: 'municipality',
        country: 'SE',
      }),
    );
    expect(genitive.join('\n')).toMatch(/collides with organisation kommun-b/);
  });

  it('rejects a membership without evidence when the collaboration has none to inherit', () => {
    const errors = errorsAfter((i) => {
      i.collaborations[1]!.content.evidence = [];
    });
    expect(errors.join('\n')).toMatch(
      /beta › members\[0\] \(region-a\): membership has no evidence/,
    );
  });

  it('rejects values outside the vocabularies', () => {
    const errors = errorsAfter((i) => {
      i.collaborations[0]!.content.members[1]!.role = 'sponsor';
      i.organisations[0]!.content[0]!.type = 'kingdom';
    });
    const text = errors.join('\n');
    expect(text).toMatch(/alfa › members\[1\]\.role: Invalid option/);
    expect(text).toMatch(/region-a › type: Invalid option/);
  });

  it('rejects e-mail addresses and phone numbers anywhere', () => {
    const errors = errorsAfter((i) => {
      i.collaborations[0]!.content.description = 'Kontakta anna.a@example.se';
      i.collaborations[1]!.content.members[0]!.note = 'Ring 040-675 34 32';
    });
    const text = errors.join('\n');
    expect(text).toMatch(/alfa\.yaml: description: looks like an e-mail address/);
    expect(text).toMatch(/beta\.yaml: members\[0\]\.note: looks like a phone number/);
  });

  it('rejects unknown sources, funding programmes, parents and partOf links', () => {
    const errors = errorsAfter((i) => {
      i.collaborations[2]!.content.funding = ['gold'];
      i.collaborations[2]!.content.partOf = 'omega';
      i.collaborations[1]!.content.evidence = [{ source: 'nowhere', section: 'x' }];
      i.organisations[0]!.content[3]!.parent = 'nobody';
    });
    const text = errors.join('\n');
    expect(text).toMatch(/gamma: funding programme "gold" is not in funding\.yaml/);
    expect(text).toMatch(
      /gamma › partOf\[0\] \(omega\): partOf "omega" is not a known collaboration/,
    );
    expect(text).toMatch(/beta: evidence cites unknown source "nowhere"/);
    expect(text).toMatch(/bolag-d: parent "nobody" is not a known organisation/);
  });

  it('rejects one person id used with two different names, and duplicate memberships', () => {
    const errors = errorsAfter((i) => {
      i.collaborations[1]!.content.seats = [
        {
          person: 'anna-a',
          name: 'Anna Andersson',
          organisation: 'region-a',
          body: 'board',
          role: 'member',
        },
      ];
      i.collaborations[1]!.content.members.push({ org: 'kommun-b', role: 'member' });
    });
    const text = errors.join('\n');
    expect(text).toMatch(
      /person id "anna-a" is "Anna A" in .*alfa\.yaml but "Anna Andersson" here/,
    );
    expect(text).toMatch(/duplicate membership: kommun-b is already member/);
  });

  it('rejects a collaboration file whose name differs from its id, and a period that ends before it starts', () => {
    const errors = errorsAfter((i) => {
      i.collaborations[0]!.content.id = 'alfa-2';
      i.collaborations[2]!.content.period = { start: 2015, end: 2012 };
    });
    const text = errors.join('\n');
    expect(text).toMatch(/alfa\.yaml: alfa-2: file name must be the collaboration id/);
    expect(text).toMatch(/gamma: period ends \(2012\) before it starts \(2015\)/);
  });

  it('never returns a partial graph when anything is wrong', () => {
    const input = tinyInput();
    (input.collaborations[0]!.content as { members: unknown[] }).members.push({
      org: 'nobody',
      role: 'partner',
    });
    const result = buildGraph(input);
    expect(result.ok).toBe(false);
    expect('graph' in result).toBe(false);
  });
});
