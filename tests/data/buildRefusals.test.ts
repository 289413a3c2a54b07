/**
 * The data build's refusals and warnings added with collaborations as members: member
 * references, isolation, English texts, control characters, risky names, funding families.
 */
import { describe, expect, it } from 'vitest';
import { buildGraph, findControlCharacter, type BuildInput } from '../../src/data/buildGraph';
import { actingInput } from '../fixtures/actingDataset';

type Raw = Record<string, unknown>;
interface RawInput {
  funding: { content: Raw[] };
  organisations: { content: Raw[] }[];
  collaborations: { file: string; content: Raw & { members?: Raw[] } }[];
}

function run(mutate: (i: RawInput) => void, options?: { requireEnglish?: boolean }) {
  const input: BuildInput = actingInput();
  mutate(input as unknown as RawInput);
  const result = buildGraph(input, options);
  const fmt = (e: { file: string; entry: string; reason: string }) =>
    `${e.file}: ${e.entry}: ${e.reason}`;
  return {
    ok: result.ok,
    errors: result.ok ? [] : result.errors.map(fmt),
    warnings: result.warnings.map(fmt),
  };
}
const colNamed = (i: RawInput, id: string) => i.collaborations.find((c) => c.content.id === id)!;

describe('collaborations as members', () => {
  it('builds the acting fixture: col → col edges, part links from partOf, no partOf field', () => {
    const result = buildGraph(actingInput());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const edge = (id: string) => result.graph.edges.find((e) => e.id === id);
    expect(edge('m:council:col:corner:member')).toMatchObject({
      source: 'col:corner',
      target: 'col:council',
      role: 'member',
      evidence: [{ source: 'doc', section: 'council' }],
    });
    expect(edge('m:prog:col:proj:part')).toMatchObject({
      source: 'col:proj',
      target: 'col:prog',
      role: 'part',
      evidence: [{ source: 'doc', section: 'proj' }], // the child's own evidence
    });
    expect(result.graph.nodes.some((n) => 'partOf' in n)).toBe(false);
  });

  it('refuses an unknown member collaboration, a self-membership, and both or neither of org/collaboration', () => {
    const { errors } = run((i) => {
      colNamed(i, 'council').content.members!.push(
        { collaboration: 'nowhere', role: 'member' },
        { collaboration: 'council', role: 'partner' },
      );
    });
    const text = errors.join('\n');
    expect(text).toMatch(/council › members\[2\] \(nowhere\): unknown collaboration "nowhere"/);
    expect(text).toMatch(/members\[3\] \(council\): a collaboration cannot be a member of itself/);
    const both = run((i) => {
      colNamed(i, 'council').content.members!.push({
        org: 'reg',
        collaboration: 'corner',
        role: 'chair',
      });
    });
    expect(both.errors.join('\n')).toMatch(
      /council › members\[2\]: a member names exactly one of org or collaboration/,
    );
  });

  it('refuses the structural role for an organisation, and the same link twice', () => {
    const { errors } = run((i) => {
      colNamed(i, 'prog').content.members!.push(
        { org: 'uni', role: 'part' },
        { collaboration: 'proj', role: 'part' }, // already given by proj's partOf
      );
    });
    const text = errors.join('\n');
    expect(text).toMatch(/prog › members\[1\] \(uni\): role "part" is for collaborations only/);
    expect(text).toMatch(/duplicate membership: collaboration proj is already part of prog/);
  });
});

describe('isolated collaborations', () => {
  it('refuses a collaboration with no link at all unless isolatedBecause says why', () => {
    const { errors } = run((i) => {
      const lonely = colNamed(i, 'lonely').content;
      delete lonely.isolatedBecause;
      delete lonely.isolatedBecauseEn;
    });
    expect(errors).toEqual([
      expect.stringMatching(/lonely\.yaml: lonely: no members, seats or links .*isolatedBecause/),
    ]);
  });

  it('counts being a member elsewhere as a link, and refuses a stale isolatedBecause', () => {
    const memberOnly = run((i) => {
      colNamed(i, 'corner').content.members = [];
    });
    expect(memberOnly.ok).toBe(true); // Hörnet is still a member of Rådet
    const stale = run((i) => {
      colNamed(i, 'corner').content.isolatedBecause = 'x';
      colNamed(i, 'corner').content.isolatedBecauseEn = 'x';
    });
    expect(stale.errors.join('\n')).toMatch(
      /corner: isolatedBecause is set but the collaboration has links/,
    );
  });
});

describe('English texts', () => {
  it('refuses a Swedish text without its English twin, and the reverse', () => {
    const { errors } = run((i) => {
      delete colNamed(i, 'prog').content.descriptionEn;
      colNamed(i, 'prog').content.unnamedParticipantsEn = 'Some firms';
      colNamed(i, 'council').content.members![0]!.note = 'Presidiet';
    });
    expect(errors.sort()).toEqual([
      expect.stringMatching(/council › members\[0\] \(reg\): note has no English text \(noteEn\)/),
      expect.stringMatching(/prog: description has no English text \(descriptionEn\)/),
      expect.stringMatching(/prog: unnamedParticipantsEn is set but unnamedParticipants is not/),
    ]);
  });

  it('makes missing English a warning when asked (drafts)', () => {
    const draft = run((i) => delete colNamed(i, 'prog').content.descriptionEn, {
      requireEnglish: false,
    });
    expect(draft.ok).toBe(true);
    expect(draft.warnings.join('\n')).toMatch(/prog: description has no English text/);
  });
});

describe('text hygiene', () => {
  it('finds control characters but not line feeds', () => {
    expect(findControlCharacter('ett\fstycke')).toBe('control character U+000C at position 3');
    expect(findControlCharacter('tab\there')).toMatch(/U\+0009/);
    expect(findControlCharacter('rad ett\nrad två')).toBeNull();
    expect(findControlCharacter('vanlig text – med ÅÄÖ')).toBeNull();
  });

  it('refuses a control character anywhere, naming file and path', () => {
    const { errors } = run((i) => {
      colNamed(i, 'prog').content.description = 'Sida ett\fsida två';
    });
    expect(errors).toEqual([
      expect.stringMatching(/prog\.yaml: description: control character U\+000C at position 8/),
    ]);
  });

  it('warns, without failing, on names with < > or a leading = + - @', () => {
    const result = run((i) => {
      i.organisations[0]!.content[0]!.name = '=Region Röd';
      colNamed(i, 'prog').content.name = 'Program <beta>';
    });
    expect(result.ok).toBe(true);
    const text = result.warnings.join('\n');
    expect(text).toMatch(/reg: name "=Region Röd"/);
    expect(text).toMatch(/prog: name "Program <beta>"/);
    expect(result.warnings.some((w) => w.includes('Kommun Ett'))).toBe(false);
  });
});

describe('funding families', () => {
  it('refuses an unknown family and a family nested in a family', () => {
    const { errors } = run((i) => {
      i.funding.content.push(
        { id: 'orphan', name: 'O', nameEn: 'O', family: 'nowhere' },
        { id: 'deep', name: 'D', nameEn: 'D', family: 'interreg-x' },
      );
    });
    const text = errors.join('\n');
    expect(text).toMatch(/orphan: family "nowhere" is not in funding\.yaml/);
    expect(text).toMatch(/deep: family "interreg-x" is itself in a family/);
  });
});
