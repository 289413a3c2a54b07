/**
 * The graph currently shown, as plain data: which nodes and links the chosen view draws
 * after filters. The picture, the table alternative, the metrics worker and the exports
 * all read this one structure, so they always agree. Affiliation view: organisations,
 * collaborations (and people) with every visible membership, collaboration → collaboration
 * included. Network view: the actors (organisations and acting collaborations) and ties.
 */
import type { MembershipRole, SeatBody, SeatRole } from '../data/vocabulary';
import { MEMBERSHIP_ROLES } from '../data/vocabulary';
import type { VisibleSet } from './filters';
import { projectCollaborationNetwork } from './projection';

/** The two pictures of the network: who sits in what, and who works with whom. */
export const VIEW_KINDS = ['affiliation', 'network'] as const;
export type ViewKind = (typeof VIEW_KINDS)[number];

export interface ViewNode {
  id: string;
  /** Number of links drawn to this node in this view. */
  links: number;
  /** Sum of link weights (shared collaborations in the network view). */
  strength: number;
}

export type ViewLink =
  | {
      kind: 'membership';
      id: string;
      source: string;
      target: string;
      /** Roles of the organisation in the collaboration, strongest first. */
      roles: MembershipRole[];
      implied: boolean;
      weight: 1;
    }
  | {
      kind: 'seat';
      id: string;
      source: string;
      target: string;
      seats: { body: SeatBody; role: SeatRole }[];
      weight: 1;
    }
  | {
      kind: 'tie';
      id: string;
      source: string;
      target: string;
      /** Collaborations both ends are members of. */
      collaborations: string[];
      /** Ends that are acting bodies the other end is a member of (see CollaborationTie). */
      direct: string[];
      weight: number;
    };

export interface ViewGraph {
  view: ViewKind;
  nodes: ViewNode[];
  links: ViewLink[];
  /** Stable signature of the node and link sets, for caches and layout decisions. */
  signature: string;
}

const roleRank = (role: MembershipRole) => MEMBERSHIP_ROLES.indexOf(role);

/** FNV-1a of `text` in base 36: enough to tell graph signatures apart in a cache key. */
export function signatureHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

/** The drawn graph for `view`, deterministic: nodes and links sorted by id. */
export function buildViewGraph(visible: VisibleSet, view: ViewKind): ViewGraph {
  const links: ViewLink[] = [];
  let nodeIds: string[];
  if (view === 'affiliation') {
    const merged = new Map<string, Extract<ViewLink, { kind: 'membership' }>>();
    for (const m of visible.memberships) {
      const id = `e:${m.source}|${m.target}`;
      const link = merged.get(id);
      if (link) {
        if (!link.roles.includes(m.role)) link.roles.push(m.role);
        link.implied = link.implied && m.implied;
      } else {
        merged.set(id, {
          kind: 'membership',
          id,
          source: m.source,
          target: m.target,
          roles: [m.role],
          implied: m.implied,
          weight: 1,
        });
      }
    }
    for (const link of merged.values()) link.roles.sort((a, b) => roleRank(a) - roleRank(b));
    links.push(...merged.values());
    const seats = new Map<string, Extract<ViewLink, { kind: 'seat' }>>();
    for (const s of visible.seats) {
      const id = `s:${s.source}|${s.target}`;
      const link = seats.get(id) ?? {
        kind: 'seat',
        id,
        source: s.source,
        target: s.target,
        seats: [],
        weight: 1,
      };
      link.seats.push({ body: s.body, role: s.role });
      seats.set(id, link);
    }
    links.push(...seats.values());
    nodeIds = [...visible.organisations, ...visible.collaborations, ...visible.people];
  } else {
    for (const tie of projectCollaborationNetwork(visible.memberships)) {
      links.push({ kind: 'tie', ...tie });
    }
    nodeIds = [...visible.organisations, ...visible.actingCollaborations];
  }
  nodeIds.sort();
  const byId = new Map<string, ViewNode>(nodeIds.map((id) => [id, { id, links: 0, strength: 0 }]));
  for (const link of links) {
    const source = byId.get(link.source);
    if (source) {
      source.links += 1;
      source.strength += link.weight;
    }
    const target = byId.get(link.target);
    if (target) {
      target.links += 1;
      target.strength += link.weight;
    }
  }
  links.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const signature = `${view}:${nodeIds.length}:${links.length}:${signatureHash(nodeIds.join(',') + links.map((l) => `${l.id}*${l.weight}`).join(','))}`;
  return { view, nodes: [...byId.values()], links, signature };
}
