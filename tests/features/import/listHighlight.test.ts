/** The list focus applier on headless cytoscape: a, b listed; c links both; d hangs on a. */
import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { applyListFocus } from '../../../src/features/import/ListHighlight';

function graph() {
  return cytoscape({
    headless: true,
    elements: [
      { data: { id: 'a' } },
      { data: { id: 'b' } },
      { data: { id: 'c' } },
      { data: { id: 'd' } },
      { data: { id: 'ac', source: 'a', target: 'c' } },
      { data: { id: 'bc', source: 'b', target: 'c' } },
      { data: { id: 'ad', source: 'a', target: 'd' } },
    ],
  });
}
const withClass = (cy: cytoscape.Core, cls: string) =>
  cy
    .$(`.${cls}`)
    .map((e) => e.id())
    .sort();

describe('applyListFocus', () => {
  it('highlight fades what is neither listed nor a connector of two listed', () => {
    const cy = graph();
    applyListFocus(cy, ['a', 'b'], 'highlight');
    expect(withClass(cy, 'list-member')).toEqual(['a', 'b']);
    expect(withClass(cy, 'list-link')).toEqual(['c']);
    expect(withClass(cy, 'list-faded')).toEqual(['ad', 'd']);
    expect(withClass(cy, 'list-hidden')).toEqual([]);
  });

  it('only hides instead, and off clears every mark', () => {
    const cy = graph();
    applyListFocus(cy, ['a', 'b'], 'only');
    expect(withClass(cy, 'list-hidden')).toEqual(['ad', 'd']);
    applyListFocus(cy, ['a', 'b'], 'off');
    expect(cy.$('.list-member, .list-link, .list-faded, .list-hidden').length).toBe(0);
  });
});
