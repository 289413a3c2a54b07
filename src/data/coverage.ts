/**
 * Coverage checks over the built dataset, for `npm run data:report` and tests: nodes with
 * no link, collaborations with a single member, bodies named in a collaboration's free
 * text without a link to it, and how many English texts the data carries. Pure.
 */
import type { Dataset } from './dataset';
import type { GraphFile } from './graphSchema';
import { foldText } from './normalise';

/** A body named in a collaboration's free text that has no membership link to it. */
export interface UnlinkedMention {
  /** The collaboration whose text names the body. */
  collaboration: string;
  /** The body named (an `org:` or `col:` id). */
  mentioned: string;
  /** The name or alias that matched, as written in the data. */
  name: string;
  /** Which text: `description`, `unnamedParticipants` or `note` (of a membership or seat). */
  field: 'description' | 'unnamedParticipants' | 'note';
}

/** Organisations without any membership, and collaborations without any link. */
export function isolatedNodes(data: Dataset): {
  organisations: string[];
  collaborations: string[];
} {
  const linked = new Set(data.file.edges.flatMap((e) => [e.source, e.target]));
  return {
    organisations: data.organisations.filter((o) => !linked.has(o.id)).map((o) => o.id),
    collaborations: data.collaborations.filter((c) => !linked.has(c.id)).map((c) => c.id),
  };
}

/** Collaborations with exactly one distinct member (organisation or collaboration). */
export function singleMemberCollaborations(data: Dataset): string[] {
  return data.collaborations
    .filter((c) => {
      const members = new Set(
        (data.membershipsByCollaboration.get(c.id) ?? []).map((m) => m.source),
      );
      return members.size === 1;
    })
    .map((c) => c.id);
}

/** Whole-word (folded) occurrence of `name` in `text`. */
function mentions(foldedText: string, name: string): boolean {
  const folded = foldText(name);
  if (folded.length < 4) return false; // short acronyms give too many false hits
  return ` ${foldedText} `.includes(` ${folded} `);
}

/**
 * Bodies (organisations and collaborations) whose name, short name or alias occurs in a
 * collaboration's description, unnamed-participants text or membership/seat notes while
 * no membership links the two in either direction. Names under four letters are skipped.
 * Sorted by collaboration, then mentioned id.
 */
export function unlinkedMentions(data: Dataset): UnlinkedMention[] {
  const linked = new Set<string>();
  for (const m of data.memberships) {
    linked.add(`${m.source}|${m.target}`);
    linked.add(`${m.target}|${m.source}`);
  }
  const bodies = [...data.organisations, ...data.collaborations].map((n) => ({
    id: n.id,
    names: [n.label, ...(n.shortName ? [n.shortName] : []), ...n.aliases],
  }));
  const out: UnlinkedMention[] = [];
  for (const col of data.collaborations) {
    const texts: [UnlinkedMention['field'], string][] = [['description', col.description]];
    if (col.unnamedParticipants) texts.push(['unnamedParticipants', col.unnamedParticipants]);
    for (const m of data.membershipsByCollaboration.get(col.id) ?? [])
      if (m.note) texts.push(['note', m.note]);
    for (const s of data.seatsByCollaboration.get(col.id) ?? [])
      if (s.note) texts.push(['note', s.note]);
    const seen = new Set<string>();
    for (const [field, text] of texts) {
      const folded = foldText(text);
      for (const body of bodies) {
        if (body.id === col.id || seen.has(body.id) || linked.has(`${body.id}|${col.id}`)) continue;
        const name = body.names.find((n) => mentions(folded, n));
        if (name) {
          seen.add(body.id);
          out.push({ collaboration: col.id, mentioned: body.id, name, field });
        }
      }
    }
  }
  return out.sort((a, b) =>
    a.collaboration === b.collaboration
      ? a.mentioned.localeCompare(b.mentioned)
      : a.collaboration.localeCompare(b.collaboration),
  );
}

/** Number of English texts (`…En` fields, person `titlesEn` excluded) in the built graph. */
export function englishTextCount(file: Omit<GraphFile, 'positions'>): number {
  let count = 0;
  const visit = (record: object) => {
    for (const [key, value] of Object.entries(record))
      if (key.endsWith('En') && key !== 'nameEn' && typeof value === 'string') count += 1;
  };
  for (const n of file.nodes) visit(n);
  for (const e of file.edges) visit(e);
  for (const s of file.sources) visit(s);
  return count;
}
