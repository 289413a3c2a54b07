// @vitest-environment jsdom
/** The start address is read into the store once per dataset, before the shell renders. */
import { beforeEach, describe, expect, it } from 'vitest';
import { readStartUrlOnce } from '../../src/app/useUrlSync';
import { INITIAL_STATE, useAppStore } from '../../src/state/store';
import { tinyDataset } from '../fixtures/tinyDataset';

describe('readStartUrlOnce', () => {
  beforeEach(() => useAppStore.setState(INITIAL_STATE));

  it('puts the address view into the store, and does not write it again for the same data', () => {
    const data = tinyDataset();
    const org = data.file.nodes.find((n) => n.kind === 'organisation');
    if (!org) throw new Error('fixture without an organisation');
    window.history.replaceState(null, '', `/?v=network&sel=${encodeURIComponent(org.id)}`);
    readStartUrlOnce(data);
    const nav = useAppStore.getState().nav;
    expect(nav.view).toBe('network');
    expect(nav.selected).toBe(org.id);
    // A second call (the effect after the first render) leaves the same nav object: no
    // second render of the shell.
    readStartUrlOnce(data);
    expect(useAppStore.getState().nav).toBe(nav);
  });

  it('reads the address again for another dataset (an imported network opened later)', () => {
    readStartUrlOnce(tinyDataset());
    window.history.replaceState(null, '', '/?v=affiliation&sel=nobody');
    readStartUrlOnce(tinyDataset());
    const { nav, ui } = useAppStore.getState();
    expect(nav.view).toBe('affiliation');
    // Cleaned against that dataset: an unknown selection is dropped with a notice.
    expect(nav.selected).toBeNull();
    expect(ui.notices.map((n) => n.text).join(' ')).toContain('sel=nobody');
  });
});
