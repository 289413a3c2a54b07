/**
 * The written summary of a "what if?" comparison, in Swedish (source) and English: a few
 * plain sentences built from a `ScenarioResult`. Pure; labels come from the caller. The
 * lead may move the phrasing into src/i18n; the sentence order is the contract.
 */
import type { TextLanguage } from './brokerageText';
import type { ScenarioResult } from './scenario';

/** How many names a sentence lists before "and N more". */
export const SUMMARY_NAMES = 4;
/** How many parts that break away get a sentence of their own. */
export const SUMMARY_PARTS = 3;

interface Phrases {
  locale: string;
  and: string;
  more: (n: number) => string;
  actors: (n: number) => string;
  ties: (n: number) => string;
  parts: (n: number) => string;
  without: (names: string) => string;
  size: (nodes: number, ties: number, beforeNodes: number, beforeTies: number) => string;
  split: (before: number, after: number) => string;
  whole: string;
  breakAway: (size: number, names: string) => string;
  moreParts: (n: number) => string;
  isolated: (count: number, names: string) => string;
  rises: (name: string, before: string, after: string) => string;
  falls: (name: string, before: string, after: string) => string;
  partners: (count: number) => string;
  nothing: string;
}

const sv: Phrases = {
  locale: 'sv-SE',
  and: 'och',
  more: (n) => `${n} till`,
  actors: (n) => (n === 1 ? '1 aktör' : `${n} aktörer`),
  ties: (n) => `${n} band`,
  parts: (n) => (n === 1 ? '1 del' : `${n} delar`),
  without: (names) => `Utan ${names}:`,
  size: (n, m, n0, m0) =>
    `nätverket har ${sv.actors(n)} och ${sv.ties(m)} (i dag ${n0} och ${m0}).`,
  split: (b, a) => `Det faller isär från ${sv.parts(b)} till ${sv.parts(a)}.`,
  whole: 'Det hänger ihop i lika många delar som förut.',
  breakAway: (size, names) => `${sv.actors(size)} bryts loss från resten: ${names}.`,
  moreParts: (n) =>
    n === 1 ? 'Ytterligare 1 del bryts loss.' : `Ytterligare ${n} delar bryts loss.`,
  isolated: (count, names) =>
    `${count === 1 ? '1 aktör förlorar' : `${count} aktörer förlorar`} sin sista länk: ${names}.`,
  rises: (name, b, a) => `Störst ökning som mäklare: ${name} (${b} → ${a}).`,
  falls: (name, b, a) => `Störst minskning som mäklare: ${name} (${b} → ${a}).`,
  partners: (count) => `${sv.actors(count)} får andra nyckelsamarbetspartner.`,
  nothing: 'Ingenting togs bort: nätverket är oförändrat.',
};

const en: Phrases = {
  locale: 'en-GB',
  and: 'and',
  more: (n) => `${n} more`,
  actors: (n) => (n === 1 ? '1 actor' : `${n} actors`),
  ties: (n) => (n === 1 ? '1 tie' : `${n} ties`),
  parts: (n) => (n === 1 ? '1 part' : `${n} parts`),
  without: (names) => `Without ${names}:`,
  size: (n, m, n0, m0) =>
    `the network has ${en.actors(n)} and ${en.ties(m)} (today ${n0} and ${m0}).`,
  split: (b, a) => `It falls apart from ${en.parts(b)} into ${en.parts(a)}.`,
  whole: 'It holds together in as many parts as before.',
  breakAway: (size, names) => `${en.actors(size)} break away from the rest: ${names}.`,
  moreParts: (n) => (n === 1 ? '1 more part breaks away.' : `${n} more parts break away.`),
  isolated: (count, names) =>
    `${count === 1 ? '1 actor loses' : `${count} actors lose`} their last link: ${names}.`,
  rises: (name, b, a) => `Largest rise as a broker: ${name} (${b} → ${a}).`,
  falls: (name, b, a) => `Largest fall as a broker: ${name} (${b} → ${a}).`,
  partners: (count) => `${en.actors(count)} get different key collaborators.`,
  nothing: 'Nothing was taken out: the network is unchanged.',
};

const PHRASES: Record<TextLanguage, Phrases> = { sv, en };

/** "a, b, c and 2 more" (at most `SUMMARY_NAMES` names). */
function list(p: Phrases, names: readonly string[]): string {
  const shown = names.slice(0, SUMMARY_NAMES);
  const rest = names.length - shown.length;
  const items = rest > 0 ? [...shown, p.more(rest)] : shown;
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${p.and} ${items.at(-1)!}`;
}

/**
 * Sentences describing `result`, in this order: what was removed and the size after; whether
 * it falls apart; the largest parts that break away (`SUMMARY_PARTS`, then a count); who is left
 * without any tie; the largest betweenness rise and fall; how many get different key
 * collaborators. Sentences with nothing to say are left out.
 * @param labelOf Display name of a node id (default: the id).
 */
export function describeScenario(
  result: ScenarioResult,
  language: TextLanguage,
  labelOf: (id: string) => string = (id) => id,
): string[] {
  const p = PHRASES[language];
  const removedTies = result.removedEdges.length + result.weakenedEdges.length;
  if (result.removedNodes.length === 0 && removedTies === 0) return [p.nothing];
  const number = new Intl.NumberFormat(p.locale, { maximumFractionDigits: 3 });
  const out: string[] = [];
  const removed =
    result.removedNodes.length > 0
      ? list(p, result.removedNodes.map(labelOf))
      : p.ties(removedTies);
  const { before, after } = result;
  out.push(`${p.without(removed)} ${p.size(after.nodes, after.edges, before.nodes, before.edges)}`);
  out.push(
    after.components > before.components ? p.split(before.components, after.components) : p.whole,
  );
  const parts = result.splits
    .flatMap((split) => split.parts.slice(1))
    .sort((x, y) => y.length - x.length || (x[0]! < y[0]! ? -1 : 1));
  for (const part of parts.slice(0, SUMMARY_PARTS)) {
    out.push(p.breakAway(part.length, list(p, part.map(labelOf))));
  }
  if (parts.length > SUMMARY_PARTS) out.push(p.moreParts(parts.length - SUMMARY_PARTS));
  if (result.newlyIsolated.length > 0) {
    out.push(p.isolated(result.newlyIsolated.length, list(p, result.newlyIsolated.map(labelOf))));
  }
  const rise = result.betweenness
    .filter((r) => r.change > 0)
    .reduce<(typeof result.betweenness)[number] | null>(
      (best, r) => (!best || r.change > best.change ? r : best),
      null,
    );
  const fall = result.betweenness
    .filter((r) => r.change < 0)
    .reduce<(typeof result.betweenness)[number] | null>(
      (best, r) => (!best || r.change < best.change ? r : best),
      null,
    );
  if (rise)
    out.push(p.rises(labelOf(rise.id), number.format(rise.before), number.format(rise.after)));
  if (fall)
    out.push(p.falls(labelOf(fall.id), number.format(fall.before), number.format(fall.after)));
  if (result.keyCollaborators.length > 0) out.push(p.partners(result.keyCollaborators.length));
  return out;
}
