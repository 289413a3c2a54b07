/**
 * The palette stays legible for colour-blind readers: colours are simulated for
 * deuteranopia and protanopia (Machado, Oliveira & Fernandes 2009, severity 1.0, applied to
 * linear sRGB) and compared in CIELAB (ΔE*ab 1976, D65). An independent implementation here,
 * so a palette change that breaks the rule fails.
 */
import { describe, expect, it } from 'vitest';
import {
  COMMUNITY_COLOURS,
  communityColour,
  ORGANISATION_COLOURS,
} from '../../src/graph-view/palette';

type Matrix = readonly [readonly number[], readonly number[], readonly number[]];
const NORMAL: Matrix = [
  [1, 0, 0],
  [0, 1, 0],
  [0, 0, 1],
];
const DEUTERANOPIA: Matrix = [
  [0.367322, 0.860646, -0.227968],
  [0.280085, 0.672501, 0.047413],
  [-0.01182, 0.04294, 0.968881],
];
const PROTANOPIA: Matrix = [
  [0.152286, 1.052583, -0.204868],
  [0.114503, 0.786281, 0.099216],
  [-0.003882, -0.048116, 1.051998],
];
const VISIONS = { normal: NORMAL, deuteranopia: DEUTERANOPIA, protanopia: PROTANOPIA };

const linear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);

function lab(hex: string, m: Matrix): [number, number, number] {
  const rgb = [1, 3, 5].map((i) => linear(parseInt(hex.slice(i, i + 2), 16) / 255));
  const [r = 0, g = 0, b = 0] = m.map((row) =>
    Math.min(
      1,
      Math.max(
        0,
        row.reduce((sum, k, j) => sum + k * (rgb[j] ?? 0), 0),
      ),
    ),
  );
  const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

/** Smallest ΔE between `a` and `b` over normal vision and both simulations. */
function worstDeltaE(a: string, b: string): number {
  return Math.min(
    ...Object.values(VISIONS).map((m) => {
      const p = lab(a, m);
      const q = lab(b, m);
      return Math.hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);
    }),
  );
}

describe('lab()', () => {
  it('matches published CIELAB values for sRGB primaries', () => {
    // sRGB red (D65): L* 53.24, a* 80.09, b* 67.20; white: 100, 0, 0.
    const red = lab('#FF0000', NORMAL);
    expect(red[0]).toBeCloseTo(53.24, 1);
    expect(red[1]).toBeCloseTo(80.09, 0);
    expect(red[2]).toBeCloseTo(67.2, 0);
    expect(lab('#FFFFFF', NORMAL)[0]).toBeCloseTo(100, 1);
  });
  it('simulated deuteranopia merges red and green far more than normal vision does', () => {
    expect(worstDeltaE('#CC3333', '#33AA33')).toBeLessThan(
      Math.hypot(...lab('#CC3333', NORMAL).map((v, i) => v - (lab('#33AA33', NORMAL)[i] ?? 0))),
    );
  });
});

describe('palette', () => {
  const types = Object.entries(ORGANISATION_COLOURS);

  it('Länsstyrelse and Kommunalförbund/delregion are clearly different in every vision', () => {
    expect(
      worstDeltaE(
        ORGANISATION_COLOURS['county-board'],
        ORGANISATION_COLOURS['municipal-association'],
      ),
    ).toBeGreaterThanOrEqual(20);
  });

  it('every two organisation-type colours stay apart (ΔE ≥ 10) for colour-blind readers', () => {
    for (const [i, [a, ca]] of types.entries()) {
      for (const [b, cb] of types.slice(i + 1)) {
        expect(worstDeltaE(ca, cb), `${a} vs ${b}`).toBeGreaterThanOrEqual(10);
      }
    }
  });

  it('community colours are their own set, apart from every type colour and each other', () => {
    for (const c of COMMUNITY_COLOURS) {
      for (const [type, t] of types) {
        expect(worstDeltaE(c, t), `${c} vs ${type}`).toBeGreaterThanOrEqual(12);
      }
    }
    for (const [i, a] of COMMUNITY_COLOURS.entries()) {
      for (const b of COMMUNITY_COLOURS.slice(i + 1)) {
        expect(worstDeltaE(a, b), `${a} vs ${b}`).toBeGreaterThanOrEqual(10);
      }
    }
    expect(communityColour(COMMUNITY_COLOURS.length)).toBe(COMMUNITY_COLOURS[0]);
  });
});
