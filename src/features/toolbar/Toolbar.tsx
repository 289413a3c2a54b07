/**
 * The top bar: view (affiliation graph / collaboration network), picture or table,
 * layout, people toggle and language. Each control writes the URL state.
 */
import { RadioGroup } from '../../components/RadioGroup';
import { Select } from '../../components/Select';
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
      <RadioGroup
        label={t('view.label')}
        name="view"
        options={VIEWS.map((v) => ({
          value: v,
          label: t(`view.${v}.short`),
          title: t(`view.${v}.help`),
        }))}
        value={nav.view}
        onChange={(view) => updateNav({ view })}
      />
      <RadioGroup
        label={t('display.label')}
        name="display"
        options={DISPLAYS.map((d) => ({ value: d, label: t(`display.${d}`) }))}
        value={nav.display}
        onChange={(display) => updateNav({ display })}
      />
      <Select
        label={t('layout.label')}
        className="inline-field"
        options={LAYOUTS.map((l) => ({ value: l, label: t(`layout.${l}`) }))}
        value={nav.layout}
        onChange={(layout) => updateNav({ layout })}
        disabled={nav.display !== 'graph'}
      />
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
      <RadioGroup
        label={t('lang.label')}
        name="lang"
        className="lang"
        options={LANGUAGES.map((l) => ({
          value: l,
          lang: l,
          label: (
            <>
              {l.toUpperCase()}
              <span className="visually-hidden"> {t(`lang.${l}`)}</span>
            </>
          ),
        }))}
        value={nav.lang}
        onChange={(lang) => updateNav({ lang })}
      />
    </div>
  );
}
