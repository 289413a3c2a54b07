// @vitest-environment jsdom
/**
 * The one XML/HTML escaper: its output, put into an attribute and into element text, parses
 * back (with jsdom's strict XML parser) to the input minus what XML 1.0 forbids.
 */
import { describe, expect, it } from 'vitest';
import { escapeMarkup, xmlChars } from '../../src/domain/markup';

function roundTrip(text: string): { attribute: string | null; content: string | null } {
  const xml = `<a v="${escapeMarkup(text)}" w='${escapeMarkup(text)}'>${escapeMarkup(text)}</a>`;
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  const root = doc.documentElement;
  expect(root?.getAttribute('w')).toBe(root?.getAttribute('v'));
  return { attribute: root?.getAttribute('v') ?? null, content: root?.textContent ?? null };
}

describe('escapeMarkup', () => {
  it('escapes the five markup characters and keeps line breaks and tabs through attributes', () => {
    const text = 'A & B <c> "d" \'e\'\ttab\nnew\r\nline';
    expect(roundTrip(text)).toEqual({ attribute: text, content: text });
    expect(escapeMarkup('<&>"\'')).toBe('&lt;&amp;&gt;&quot;&#39;');
  });

  it('drops characters XML 1.0 forbids and replaces lone surrogates', () => {
    expect(xmlChars('a\u0000b\u0008c\u000Bd\u001Fe\uFFFEf\uFFFF')).toBe('abcdef');
    expect(xmlChars('x\uD800y\uDC00z')).toBe('x\uFFFDy\uFFFDz');
    expect(xmlChars('ok \u{1F600} ok')).toBe('ok \u{1F600} ok');
    expect(roundTrip('bad\u0001label\uD83D').attribute).toBe('badlabel\uFFFD');
  });
});
