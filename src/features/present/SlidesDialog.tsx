/**
 * Saved views ("slides"): save the current view with a title, rename, reorder, remove,
 * present from any slide, save to / load from a JSON file and copy a link to the whole
 * sequence. An import is validated first and only ever appended.
 */
import { useRef, useState } from 'react';
import { downloadText } from '../../components/download';
import { ModalButton } from '../../components/ModalButton';
import { useDataset } from '../../state/DatasetContext';
import { useAppStore } from '../../state/store';
import { useT } from '../../state/useT';
import {
  encodeSlideSequence,
  mergeImported,
  parseSlideFile,
  slideFileText,
  slideFromView,
  type Slide,
} from '../../url/slides';

export interface SlidesDialogProps {
  /** Current node positions of the picture, saved with a slide (null in table display). */
  getPositions: () => Slide['positions'] | null;
}

export function SlidesDialog({ getPositions }: SlidesDialogProps) {
  const { data } = useDataset();
  const t = useT();
  const fileRef = useRef<HTMLInputElement>(null);
  const [title, setTitle] = useState('');
  const saved = useAppStore((s) => s.slides.saved);
  const nav = useAppStore((s) => s.nav);
  const {
    addSlide,
    updateSlide,
    moveSlide,
    removeSlide,
    present,
    updateNav,
    notify,
    setSavedSlides,
  } = useAppStore.getState();

  const label = (slide: Slide) => slide.title || t('present.untitled');

  const save = () => {
    addSlide(slideFromView(nav, title, getPositions() ?? undefined));
    setTitle('');
  };
  const startAt = (index: number) => {
    present(useAppStore.getState().slides.saved, index);
    updateNav({ mode: 'present' });
  };
  const importFile = async (file: File) => {
    const result = parseSlideFile(await file.text(), data);
    if (!result.ok) {
      notify('error', t('present.importRefused', { reason: result.reason }));
      return;
    }
    setSavedSlides(mergeImported(useAppStore.getState().slides.saved, result.slides));
    notify('info', t('present.imported', { count: result.slides.length }));
  };
  const copyLink = async () => {
    const url = `${window.location.origin}${window.location.pathname}?mode=present&slides=${encodeSlideSequence(saved)}`;
    try {
      await navigator.clipboard.writeText(url);
    } catch {
      window.prompt(t('present.copyLink'), url);
      return;
    }
    notify('info', t('present.linkCopied'));
  };

  return (
    <ModalButton
      label={
        <>
          {t('present.open')}
          {saved.length > 0 ? <span className="badge">{saved.length}</span> : null}
        </>
      }
      title={t('present.title')}
      testId="slides-dialog"
    >
      <form
        className="slide-add"
        onSubmit={(e) => {
          e.preventDefault();
          save();
        }}
      >
        <label>
          {t('present.slideTitle')}
          <input value={title} onChange={(e) => setTitle(e.target.value)} maxLength={200} />
        </label>
        <button type="submit">{t('present.addCurrent')}</button>
      </form>
      {saved.length === 0 ? (
        <p className="muted">{t('present.empty')}</p>
      ) : (
        <ol className="slide-list" data-testid="slide-list">
          {saved.map((slide, i) => (
            <li key={slide.id}>
              <input
                aria-label={t('present.rename', { title: label(slide) })}
                value={slide.title}
                placeholder={t('present.untitled')}
                onChange={(e) => updateSlide(slide.id, { title: e.target.value })}
              />
              <button
                type="button"
                onClick={() => moveSlide(slide.id, -1)}
                disabled={i === 0}
                aria-label={t('present.moveUp', { title: label(slide) })}
              >
                ↑
              </button>
              <button
                type="button"
                onClick={() => moveSlide(slide.id, 1)}
                disabled={i === saved.length - 1}
                aria-label={t('present.moveDown', { title: label(slide) })}
              >
                ↓
              </button>
              <button
                type="button"
                onClick={() => startAt(i)}
                aria-label={`${t('present.startHere')}: ${label(slide)}`}
              >
                ▶
              </button>
              <button
                type="button"
                onClick={() => removeSlide(slide.id)}
                aria-label={t('present.remove', { title: label(slide) })}
              >
                ×
              </button>
            </li>
          ))}
        </ol>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={() => startAt(0)} disabled={saved.length === 0}>
          {t('present.start')}
        </button>
        <button
          type="button"
          onClick={() =>
            downloadText('samverkanskartan-bildspel.json', slideFileText(saved), 'application/json')
          }
          disabled={saved.length === 0}
        >
          {t('present.exportFile')}
        </button>
        <button type="button" onClick={() => fileRef.current?.click()}>
          {t('present.importFile')}
        </button>
        <input
          ref={fileRef}
          type="file"
          accept="application/json,.json"
          hidden
          data-testid="slides-file"
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) void importFile(file);
            e.target.value = '';
          }}
        />
        <button type="button" onClick={() => void copyLink()} disabled={saved.length === 0}>
          {t('present.copyLink')}
        </button>
      </div>
      <p className="small muted">{t('present.help')}</p>
    </ModalButton>
  );
}
