// @vitest-environment jsdom
/**
 * The slides dialog under hostile conditions: unreadable stored slides that could not be
 * backed up are offered for download and never overwritten; an import past the cap
 * reports exactly how many slides were kept; a file over the size bound is refused.
 */
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useRecovery } from '../../../src/features/present/recovery';
import { SlidesDialog } from '../../../src/features/present/SlidesDialog';
import { SLIDES_KEY } from '../../../src/features/present/slideStorage';
import { useAppStore } from '../../../src/state/store';
import { DEFAULT_NAV_STATE } from '../../../src/url/navState';
import { MAX_SLIDES, slideFileText, slideFromView } from '../../../src/url/slides';
import { renderWithData } from '../renderWithData';

const openDialog = () => fireEvent.click(screen.getByRole('button', { name: /^Bildspel/ }));
const chooseFile = (file: File) =>
  fireEvent.change(screen.getByTestId('slides-file'), { target: { files: [file] } });
const noticeTexts = () => useAppStore.getState().ui.notices.map((n) => n.text);

afterEach(cleanup);

// jsdom's File has no text(); read it the old way.
if (!('text' in File.prototype)) {
  Object.defineProperty(File.prototype, 'text', {
    value(this: File) {
      return new Promise<string>((resolve) => {
        const reader = new FileReader();
        reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : '');
        reader.readAsText(this);
      });
    },
  });
}
beforeEach(() => {
  window.localStorage.clear();
  useRecovery.setState({ unreadable: null });
});

describe('SlidesDialog', () => {
  it('offers unreadable slides as a download and only then lets saves through', () => {
    const raw = '{"format":"samverkanskartan-slides","slides":[{"broken"';
    window.localStorage.setItem(SLIDES_KEY, raw);
    useRecovery.setState({ unreadable: raw });
    const created: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => {
      created.push(blob);
      return 'blob:x';
    });
    URL.revokeObjectURL = vi.fn();
    renderWithData(<SlidesDialog getPositions={() => null} />);
    openDialog();
    expect(screen.getByRole('alert')).toHaveTextContent('Oläsbara sparade bilder');
    fireEvent.click(screen.getByRole('button', { name: 'Spara den oläsbara texten som fil' }));
    expect(created).toHaveLength(1);
    expect(created[0]?.size).toBe(new TextEncoder().encode(raw).length);
    expect(window.localStorage.getItem(SLIDES_KEY)).toBe(raw);
    fireEvent.click(screen.getByRole('button', { name: 'Släpp dem och spara nya bilder' }));
    expect(useRecovery.getState().unreadable).toBeNull();
    expect(JSON.parse(window.localStorage.getItem(SLIDES_KEY) ?? '{}')).toMatchObject({
      slides: [],
    });
  });

  it('reports exactly how many imported slides were kept under the cap', async () => {
    renderWithData(<SlidesDialog getPositions={() => null} />);
    const saved = Array.from({ length: MAX_SLIDES - 2 }, (_, i) =>
      slideFromView(DEFAULT_NAV_STATE, `S${i}`, undefined, `s-saved-${i}`),
    );
    useAppStore.getState().setSavedSlides(saved);
    openDialog();
    const imported = Array.from({ length: 5 }, (_, i) =>
      slideFromView(DEFAULT_NAV_STATE, `I${i}`, undefined, `s-imp-${i}`),
    );
    chooseFile(new File([slideFileText(imported)], 'slides.json', { type: 'application/json' }));
    await waitFor(() => expect(useAppStore.getState().slides.saved).toHaveLength(MAX_SLIDES));
    expect(noticeTexts()).toEqual([
      `2 av 5 bilder lästes in. 3 fick inte plats (högst ${MAX_SLIDES} sparade bilder).`,
    ]);
  });

  it('refuses a file over the size bound without reading it', async () => {
    renderWithData(<SlidesDialog getPositions={() => null} />);
    openDialog();
    const file = new File(['x'], 'huge.json');
    Object.defineProperty(file, 'size', { value: 10_000_000 });
    const text = vi.spyOn(file, 'text');
    chooseFile(file);
    await waitFor(() => expect(noticeTexts()).toHaveLength(1));
    expect(noticeTexts()[0]).toMatch(/för stor \(10\.0 MB, högst 2 MB\)/);
    expect(text).not.toHaveBeenCalled();
  });

  it('marks a saved slide whose view names unknown ids', () => {
    renderWithData(<SlidesDialog getPositions={() => null} />);
    useAppStore
      .getState()
      .setSavedSlides([{ id: 's-stale001', title: 'Gammal', view: '?sel=org:gone' }]);
    openDialog();
    expect(
      screen.getByRole('img', { name: 'Delar av vyn finns inte längre: sel=org:gone' }),
    ).toBeInTheDocument();
  });
});
