/**
 * Presentation mode (`?mode=present`): the picture full-window with higher contrast and
 * larger labels, the slide title and position, and stepping with arrow keys, PageUp/
 * PageDown and space (so presentation clickers work). Escape leaves for the explorer.
 * The legend is a collapsible box that always fits the screen (shells.css).
 */
import { useEffect, useRef, useState } from 'react';
import { Legend } from '../features/legend/Legend';
import { useMetricsRunner } from '../features/metrics/useMetricsRunner';
import { Notices } from '../features/notices/Notices';
import { useAppStore } from '../state/store';
import { useT } from '../state/useT';
import { useViewModel } from '../state/useViewModel';
import { GraphStage } from './GraphStage';
import './shells.css';

const NEXT = new Set(['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Enter']);
const PREVIOUS = new Set(['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace']);

export function PresentShell() {
  const t = useT();
  const model = useViewModel();
  useMetricsRunner(model.graph);
  const nav = useAppStore((s) => s.nav);
  const sequence = useAppStore((s) => s.slides.sequence);
  const index = useAppStore((s) => s.slides.index);
  const goToSlide = useAppStore((s) => s.goToSlide);
  const rootRef = useRef<HTMLDivElement>(null);
  const count = sequence?.length ?? 0;
  const slide = sequence?.[index];

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (
        event.target instanceof HTMLInputElement ||
        event.altKey ||
        event.ctrlKey ||
        event.metaKey
      )
        return;
      const state = useAppStore.getState();
      const last = (state.slides.sequence?.length ?? 1) - 1;
      if (NEXT.has(event.key)) {
        event.preventDefault();
        state.goToSlide(Math.min(state.slides.index + 1, last));
      } else if (PREVIOUS.has(event.key)) {
        event.preventDefault();
        state.goToSlide(Math.max(state.slides.index - 1, 0));
      } else if (event.key === 'Home') state.goToSlide(0);
      else if (event.key === 'End') state.goToSlide(last);
      else if (event.key === 'Escape' && !document.fullscreenElement) {
        event.preventDefault();
        state.leavePresentation();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const fullScreen = () => {
    void (document.fullscreenElement
      ? document.exitFullscreen()
      : rootRef.current?.requestFullscreen());
  };
  const leave = useAppStore((s) => s.leavePresentation);
  // Open on tall screens; on 720-px-high ones it starts folded so it hides nothing.
  const [legendOpen] = useState(() => window.innerHeight >= 900);

  return (
    <div className="present-shell" ref={rootRef} data-mode="present">
      <header className="present-header">
        <h1>{slide?.title || nav.title || t('app.title')}</h1>
        <span className="present-position" aria-live="polite" data-testid="slide-position">
          {count > 0 ? t('present.position', { index: index + 1, count }) : t('present.noSlides')}
        </span>
        <nav className="present-controls" aria-label={t('present.controls')}>
          <button
            type="button"
            onClick={() => goToSlide(Math.max(index - 1, 0))}
            disabled={index <= 0}
            aria-label={t('present.previous')}
          >
            ‹
          </button>
          <button
            type="button"
            onClick={() => goToSlide(Math.min(index + 1, count - 1))}
            disabled={index >= count - 1}
            aria-label={t('present.next')}
          >
            ›
          </button>
          <button type="button" onClick={fullScreen}>
            {t('present.fullScreen')}
          </button>
          <button type="button" onClick={leave}>
            {t('present.leave')}
          </button>
        </nav>
      </header>
      <main className="present-main">
        <GraphStage
          model={model}
          contrast
          animateAll
          positionsOverride={slide?.positions}
          slideKey={slide?.id ?? ''}
        />
        {/* Focusable, so a keyboard user can scroll a legend taller than its box. */}
        <details
          className="present-legend"
          open={legendOpen}
          data-testid="present-legend"
          tabIndex={0}
          aria-label={t('embed.legend')}
        >
          <summary>{t('embed.legend')}</summary>
          <Legend model={model} />
        </details>
      </main>
      <Notices />
    </div>
  );
}
