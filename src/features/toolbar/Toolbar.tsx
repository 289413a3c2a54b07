/**
 * The top bar: view (affiliation graph / collaboration network), picture or table,
 * layout, people toggle and language. Each control writes the URL state.
 */
import { LANGUAGES } from '../../i18n';
import { useAppStore } from '../../state/store';
import { useT } from '../../state/useT';
import { DISPLAYS, LAYOUTS, VIEWS } from '../../url/navState';

export function Toolbar({ onRelayout }: { onRelayout: () => void }) {
  const t = useT();
  const nav = useAppStore((s) => s.nav);
  const updateNav = useAppStore((s) => s.updateNav);
  const setFilters = useAppStore((s) => s.setFilters);
  return (
    <div className="toolbar">
      <div className="segmented" role="radiogroup" aria-label={t('view.label')}>
        {VIEWS.map((v) => (
          <label key={v} className={nav.view === v ? 'active' : ''} title={t(`view.${v}.help`)}>
            <input
              type="radio"
              name="view"
              value={v}
              checked={nav.view === v}
              onChange={() => updateNav({ view: v })}
            />
            {t(`view.${v}.short`)}
          </label>
        ))}
      </div>
      <div className="segmented" role="radiogroup" aria-label={t('display.label')}>
        {DISPLAYS.map((d) => (
          <label key={d} className={nav.display === d ? 'active' : ''}>
            <input
              type="radio"
              name="display"
              value={d}
              checked={nav.display === d}
              onChange={() => updateNav({ display: d })}
            />
            {t(`display.${d}`)}
          </label>
        ))}
      </div>
      <label className="inline-field">
        <span>{t('layout.label')}</span>
        <select
          value={nav.layout}
          onChange={(e) => updateNav({ layout: e.target.value as (typeof LAYOUTS)[number] })}
          disabled={nav.display !== 'graph'}
        >
          {LAYOUTS.map((l) => (
            <option key={l} value={l}>
              {t(`layout.${l}`)}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        onClick={onRelayout}
        disabled={nav.display !== 'graph'}
        title={t('layout.rerun')}
      >
        ↻<span className="visually-hidden-narrow"> {t('layout.rerun')}</span>
      </button>
      <label className="check toolbar-check">
        <input
          type="checkbox"
          checked={nav.filters.showPeople}
          disabled={nav.view !== 'affiliation'}
          onChange={(e) => setFilters({ showPeople: e.target.checked })}
        />
        <span>{t('people.toggle')}</span>
      </label>
      <div className="segmented lang" role="radiogroup" aria-label={t('lang.label')}>
        {LANGUAGES.map((l) => (
          <label key={l} className={nav.lang === l ? 'active' : ''} lang={l}>
            <input
              type="radio"
              name="lang"
              value={l}
              checked={nav.lang === l}
              onChange={() => updateNav({ lang: l })}
            />
            {l.toUpperCase()}
            <span className="visually-hidden"> {t(`lang.${l}`)}</span>
          </label>
        ))}
      </div>
    </div>
  );
}
