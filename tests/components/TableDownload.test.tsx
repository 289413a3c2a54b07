// @vitest-environment jsdom
/**
 * TableDownload in the member table: the CSV of a collaboration's members and of its people
 * and seats opens in Excel with Swedish headers (`;`, BOM) and a name saying what it holds.
 */
import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DetailsPanel } from '../../src/features/details/DetailsPanel';
import { useAppStore } from '../../src/state/store';
import { renderWithData } from '../features/renderWithData';

const saved: { name: string; blob: Blob }[] = [];
beforeEach(() => {
  saved.length = 0;
  let last: Blob | null = null;
  URL.createObjectURL = vi.fn((blob: Blob) => {
    last = blob;
    return 'blob:test';
  });
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    if (last) saved.push({ name: this.download, blob: last });
  });
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

function text(blob: Blob): Promise<string> {
  return new Promise((resolve) => {
    const reader = new FileReader();
    reader.onload = () => {
      const bytes = reader.result instanceof ArrayBuffer ? reader.result : new ArrayBuffer(0);
      resolve(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes));
    };
    reader.readAsArrayBuffer(blob);
  });
}

describe('TableDownload', () => {
  it('saves the members and the seats of a collaboration as Swedish CSV', async () => {
    const user = userEvent.setup();
    renderWithData(<DetailsPanel />);
    act(() => useAppStore.getState().select('col:alfa'));
    await user.click(screen.getByText('Tabell'));
    const members = screen.getByRole('group', { name: 'Ladda ner medlemmarna' });
    await user.click(within(members).getByRole('button', { name: 'CSV' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]?.name).toMatch(/^samverkanskartan-ALFA-medlemmar-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = await text(saved[0]!.blob);
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('\uFEFFOrganisation;Typ;Roll;Källa');
    expect(lines.filter(Boolean)).toHaveLength(4); // header + 3 members

    const seats = screen.getByRole('group', { name: 'Ladda ner personer och platser' });
    await user.click(within(seats).getByRole('button', { name: 'CSV' }));
    await waitFor(() => expect(saved).toHaveLength(2));
    expect(saved[1]?.name).toMatch(/-ALFA-personer-och-platser-/);
    const seatCsv = await text(saved[1]!.blob);
    expect(seatCsv.split('\r\n')[0]).toBe('\uFEFFPerson;Plats;Roll;Titel;Organisation;Källa');
    expect(seatCsv).toContain('Anna A;Rådet');
  });

  it('saves xlsx through the same buttons', async () => {
    const user = userEvent.setup();
    renderWithData(<DetailsPanel />);
    act(() => useAppStore.getState().select('col:alfa'));
    await user.click(screen.getByText('Tabell'));
    const members = screen.getByRole('group', { name: 'Ladda ner medlemmarna' });
    await user.click(within(members).getByRole('button', { name: 'Excel (.xlsx)' }));
    await waitFor(() => expect(saved).toHaveLength(1), { timeout: 5000 });
    expect(saved[0]?.name).toMatch(/\.xlsx$/);
    expect(saved[0]?.blob.size).toBeGreaterThan(1000);
  });
});
