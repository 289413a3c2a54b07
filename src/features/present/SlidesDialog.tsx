/**
 * Saved views ("slides"): save the current view with a title, rename, reorder, remove,
 * present from any slide, save to / load from a JSON file and copy a link to the whole
 * sequence. An import is validated first (size, schema, ids) and only ever appended; the
 * notice reports exactly what was kept. Unreadable stored slides that could not be backed
 * up are offered here as a download before anything may overwrite them.
 */
import { useRef, useState } from 'react';
import { downloadText } from '../../components/download';
import { ModalButton } from '../../components/ModalButton';
import { useDataset } from '../../state/DatasetContext';
import { useAppStore } from '../../state/store';
import { useT } from '../../state/useT';
import {
  encodeSlideSequence,
  MAX_SLIDE_FILE_CHARS,
  MAX_SLIDES,
  mergeImported,
  slideFileText,
  slideFromView,
  slideProblems,
  type Slide,
} from '../../url/slides';
import { parseSlideFile } from '../../url/slideSchemas';
import { RECOVERY_FILE, useRecovery } from './recovery';
import { browserStorage, releaseUnreadable, saveSlides } from './slideStorage';
import './slides.css';

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
  const unreadable = useRecovery((s) => s.unreadable);
  const stale = new Map(slideProblems(saved, data).map((p) => [p.index, p.problems]));
  const importFile = async (file: File) => {
    // Checked before reading: a huge file is refused without loading it into memory.
    if (file.size > MAX_SLIDE_FILE_CHARS) {
      const reason = t('trust.fileTooLarge', {
        size: (file.size / 1e6).toFixed(1),
        max: MAX_SLIDE_FILE_CHARS / 1e6,
      });
      notify('error', t('present.importRefused', { reason }));
      return;
    }
    const result = parseSlideFile(await file.text(), data);
    if (!result.ok) {
      notify('error', t('present.importRefused', { reason: result.reason }));
      return;
    }
    const merged = mergeImported(useAppStore.getState().slides.saved, result.slides);
    setSavedSlides(merged.slides);
    const parts = [
      merged.left > 0
        ? t('trust.importedKept', {
            kept: merged.kept,
            count: result.slides.length,
            left: merged.left,
            max: MAX_SLIDES,
          })
        : t('present.imported', { count: merged.kept }),
    ];
    if (result.droppedPositions > 0)
      parts.push(t('trust.positionsDropped', { count: result.droppedPositions }));
    notify(merged.left > 0 ? 'warning' : 'info', parts.join(' '));
  };
  const downloadUnreadable = () => {
    if (unreadable === null) return;
    downloadText(RECOVERY_FILE, unreadable, 'text/plain');
  };
  const releaseAndSave = () => {
    if (unreadable === null) return;
    const storage = browserStorage();
    if (releaseUnreadable(storage, unreadable)) {
      useRecovery.getState().setUnreadable(null);
      if (saveSlides(storage, useAppStore.getState().slides.saved) !== 'saved')
        notify('error', t('present.storageFailed'));
    }
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
      {unreadable !== null ? (
        <section className="slide-recovery" role="alert" aria-labelledby="slide-recovery-title">
          <h3 id="slide-recovery-title">{t('trust.recoveryTitle')}</h3>
          <p>{t('trust.recoveryText', { size: unreadable.length })}</p>
          <div className="dialog-actions">
            <button type="button" onClick={downloadUnreadable}>
              {t('trust.recoveryDownload')}
            </button>
            <button type="button" onClick={releaseAndSave}>
              {t('trust.recoveryDiscard')}
            </button>
          </div>
        </section>
      ) : null}
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
              {stale.has(i) ? (
                <span
                  className="slide-stale"
                  role="img"
                  aria-label={t('trust.staleMark', { parts: (stale.get(i) ?? []).join(', ') })}
                  title={t('trust.staleMark', { parts: (stale.get(i) ?? []).join(', ') })}
                >
                  ⚠
                </span>
              ) : null}
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
