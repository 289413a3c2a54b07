/**
 * A seeded, deterministic organisation–organisation network as GEXF text, for the
 * import scale test: `organisations` nodes and `ties` distinct undirected edges, with
 * viz positions when asked. Built at run time, never committed.
 */

function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface GeneratedNetwork {
  gexf: string;
  /** Distinct ties as `a|b` with a < b (node ids n0…). */
  ties: Set<string>;
}

export function generateNetwork(
  organisations: number,
  ties: number,
  seed = 15,
  positions = true,
): GeneratedNetwork {
  const random = mulberry32(seed);
  const set = new Set<string>();
  const id = (i: number) => `n${i}`;
  while (set.size < ties) {
    // Half the ties near the diagonal (local clusters), half anywhere.
    const a = Math.floor(random() * organisations);
    const b =
      random() < 0.5
        ? (a + 1 + Math.floor(random() * 20)) % organisations
        : Math.floor(random() * organisations);
    if (a === b) continue;
    const [x, y] = id(a) < id(b) ? [id(a), id(b)] : [id(b), id(a)];
    set.add(`${x}|${y}`);
  }
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">',
    '<graph defaultedgetype="undirected">',
    '<attributes class="node"><attribute id="type" title="type" type="string"/></attributes>',
    '<nodes>',
  ];
  for (let i = 0; i < organisations; i++) {
    const viz = positions
      ? `<viz:position x="${Math.round(random() * 10000) / 10}" y="${Math.round(random() * 10000) / 10}"/>`
      : '';
    lines.push(
      `<node id="${id(i)}" label="Organisation ${i}"><attvalues><attvalue for="type" value="${i % 3 === 0 ? 'company' : 'municipality'}"/></attvalues>${viz}</node>`,
    );
  }
  lines.push('</nodes>', '<edges>');
  let e = 0;
  for (const tie of set) {
    const [a, b] = tie.split('|');
    lines.push(`<edge id="e${e++}" source="${a}" target="${b}"/>`);
  }
  lines.push('</edges>', '</graph>', '</gexf>', '');
  return { gexf: lines.join('\n'), ties: set };
}
