/**
 * The Tid tab: one year or a range of years (sliders), a play button stepping through the
 * years, how undated collaborations are shown (their count always visible), and the
 * comparison of two periods. The picture, tables and measures follow the year filter.
 */
import { useEffect, useMemo, useState } from 'react';
import { RadioGroup } from '../../components/RadioGroup';
import { classifyCollaborations, yearSpan } from '../../domain/periods';
import { useDataset } from '../../state/DatasetContext';
import { undatedModeOf, useAppStore, type UndatedMode } from '../../state/store';
import { useT } from '../../state/useT';
import { PeriodComparison } from './PeriodComparison';
import { countedCollaborations } from './periodModel';

/** Milliseconds each year is shown while playing. */
export const PLAY_STEP_MS = 1500;
const UNDATED_MODES: readonly UndatedMode[] = ['show', 'hide', 'apart'];

export function TimeTabPanel() {
  return (
    <div className="time-tab">
      <YearControl />
      <PeriodComparison />
    </div>
  );
}

function YearControl() {
  const { data } = useDataset();
  const t = useT();
  const nav = useAppStore((s) => s.nav);
  const { setYears, setUndatedMode } = useAppStore.getState();
  const span = useMemo(() => yearSpan(data.collaborations), [data]);
  const { yearFrom, yearTo } = nav.filters;
  const [rangeMode, setRangeMode] = useState(
    yearFrom !== null && yearTo !== null && yearFrom !== yearTo,
  );
  const [playing, setPlaying] = useState(false);
  const min = span?.min ?? 2000;
  const max = span?.max ?? 2030;
  const from = yearFrom ?? yearTo ?? max;
  const to = yearTo ?? yearFrom ?? max;
  const chosen = yearFrom !== null || yearTo !== null;

  useEffect(() => {
    if (!playing) return;
    const timer = setInterval(() => {
      const f = useAppStore.getState().nav.filters;
      const current = f.yearFrom ?? min - 1;
      if (current >= max) {
        setPlaying(false);
        return;
      }
      useAppStore.getState().setYears(current + 1, current + 1);
    }, PLAY_STEP_MS);
    return () => clearInterval(timer);
  }, [playing, min, max]);

  const counted = useMemo(() => countedCollaborations(data, nav.filters), [data, nav.filters]);
  const counts = useMemo(() => {
    const cols = data.collaborations.filter((c) => counted.has(c.id));
    const range = { from: Math.min(from, to), to: Math.max(from, to) };
    const byStatus = classifyCollaborations(cols, range);
    return { active: byStatus.active.length, undated: byStatus.undated.length };
  }, [data, counted, from, to]);
  const period = from === to ? String(from) : `${from}–${to}`;

  const play = () => {
    if (playing) {
      setPlaying(false);
      return;
    }
    setRangeMode(false);
    const start = yearFrom === null || yearFrom >= max ? min : yearFrom;
    setYears(start, start);
    setPlaying(true);
  };

  return (
    <fieldset className="time-years">
      <legend>{t('time.year')}</legend>
      <div className="time-row">
        <button type="button" aria-pressed={playing} onClick={play}>
          {playing ? t('time.pause') : t('time.play')}
        </button>
        <label className="time-check">
          <input
            type="checkbox"
            checked={rangeMode}
            onChange={(e) => {
              setPlaying(false);
              setRangeMode(e.target.checked);
              if (!e.target.checked && chosen) setYears(from, from);
            }}
          />
          {t('time.range')}
        </label>
        <button
          type="button"
          disabled={!chosen}
          onClick={() => {
            setPlaying(false);
            setYears(null, null);
          }}
        >
          {t('time.allYears')}
        </button>
      </div>
      <label className="time-slider">
        <span>{rangeMode ? t('time.from') : t('time.year')}</span>
        <input
          type="range"
          min={min}
          max={max}
          step={1}
          value={from}
          onChange={(e) => {
            setPlaying(false);
            const y = Number(e.target.value);
            setYears(y, rangeMode ? Math.max(y, to) : y);
          }}
        />
        <output>{chosen ? from : '–'}</output>
      </label>
      {rangeMode ? (
        <label className="time-slider">
          <span>{t('time.to')}</span>
          <input
            type="range"
            min={min}
            max={max}
            step={1}
            value={to}
            onChange={(e) => {
              const y = Number(e.target.value);
              setYears(Math.min(from, y), y);
            }}
          />
          <output>{chosen ? to : '–'}</output>
        </label>
      ) : null}
      <p className="time-status" aria-live="polite">
        <strong>{chosen ? t('time.showing', { period }) : t('time.showingAll')}</strong>
        {chosen ? ` · ${t('time.activeIn', { count: counts.active, period })}` : ''}
        {' · '}
        <span className="time-undated-count">
          {t('time.undatedCount', { count: counts.undated })}
        </span>
      </p>
      <RadioGroup
        label={t('time.undated.label')}
        name="time-undated"
        variant="plain"
        className="time-undated"
        itemClassName="time-check"
        before={<span className="small">{t('time.undated.label')}</span>}
        after={!chosen ? <span className="small muted">{t('time.undated.noYear')}</span> : null}
        options={UNDATED_MODES.map((mode) => ({ value: mode, label: t(`time.undated.${mode}`) }))}
        value={undatedModeOf(nav)}
        onChange={setUndatedMode}
      />
    </fieldset>
  );
}
