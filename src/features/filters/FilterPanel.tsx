/**
 * Filters by organisation type, collaboration kind, source document, funding programme,
 * role and period (with an explicit choice for undated collaborations); counts of what is
 * shown, and a one-click reset. Every filter lives in the URL.
 */
import { useMemo } from 'react';
import { CollaborationSwatch, OrganisationSwatch } from '../../components/Swatch';
import { COLLABORATION_KINDS, MEMBERSHIP_ROLES, ORGANISATION_TYPES } from '../../data/vocabulary';
import { isFiltered, type Filters } from '../../domain/filters';
import { useDataset } from '../../state/DatasetContext';
import { useAppStore } from '../../state/store';
import { useT } from '../../state/useT';
import type { ViewModel } from '../../state/useViewModel';

function toggle<T>(list: readonly T[], value: T): T[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
}

interface Option<T extends string> {
  value: T;
  label: string;
  count: number;
  glyph?: React.ReactNode;
}

function CheckGroup<T extends string>(props: {
  legend: string;
  options: Option<T>[];
  selected: readonly T[];
  onChange: (next: T[]) => void;
  id: string;
}) {
  const active = props.selected.length;
  return (
    <details className="filter-group" open={active > 0 || undefined}>
      <summary>
        {props.legend}
        {active > 0 ? <span className="badge">{active}</span> : null}
      </summary>
      <fieldset>
        <legend className="visually-hidden">{props.legend}</legend>
        {props.options.map((o) => (
          <label key={o.value} className="check">
            <input
              type="checkbox"
              name={props.id}
              value={o.value}
              checked={props.selected.includes(o.value)}
              onChange={() => props.onChange(toggle(props.selected, o.value))}
            />
            {o.glyph}
            <span className="check-label">{o.label}</span>
            <span className="count">{o.count}</span>
          </label>
        ))}
      </fieldset>
    </details>
  );
}

export function FilterPanel({ model }: { model: ViewModel }) {
  const { data } = useDataset();
  const t = useT();
  const filters = useAppStore((s) => s.nav.filters);
  const setFilters = useAppStore((s) => s.setFilters);
  const resetFilters = useAppStore((s) => s.resetFilters);
  const lang = useAppStore((s) => s.nav.lang);

  const counts = useMemo(() => {
    const count = <K extends string>(values: K[]) =>
      values.reduce((m, v) => m.set(v, (m.get(v) ?? 0) + 1), new Map<K, number>());
    return {
      orgTypes: count(data.organisations.map((o) => o.type)),
      kinds: count(data.collaborations.map((c) => c.type)),
      sources: count(data.collaborations.flatMap((c) => c.sources)),
      funding: count(data.collaborations.flatMap((c) => c.funding)),
      roles: count(data.memberships.map((m) => m.role)),
      years: data.collaborations
        .flatMap((c) => [c.start, c.end])
        .filter((y): y is number => y !== undefined),
    };
  }, [data]);
  const minYear = Math.min(...counts.years);
  const maxYear = Math.max(...counts.years);
  const activeCount =
    filters.organisationTypes.length +
    filters.collaborationKinds.length +
    filters.sources.length +
    filters.funding.length +
    filters.roles.length +
    (filters.yearFrom !== null || filters.yearTo !== null ? 1 : 0);
  const set = (patch: Partial<Filters>) => setFilters(patch);
  const year = (raw: string) => {
    const n = Number(raw);
    return raw.trim() === '' || !Number.isFinite(n) ? null : Math.round(n);
  };

  return (
    <section className="filters" aria-labelledby="filters-title">
      <div className="filters-head">
        <h2 id="filters-title">{t('filters.title')}</h2>
        <button
          type="button"
          className="text-button"
          onClick={resetFilters}
          disabled={!isFiltered(filters)}
        >
          {t('filters.reset')}
        </button>
      </div>
      <p className="shown-count" aria-live="polite" data-testid="shown-count">
        {t('filters.shown', {
          organisations: model.visible.organisations.size,
          collaborations: model.visible.collaborations.size,
        })}
        {filters.showPeople
          ? ` ${t('filters.shownPeople', { people: model.visible.people.size })}`
          : ''}
        {' · '}
        {activeCount > 0 ? t('filters.active', { count: activeCount }) : t('filters.none')}
      </p>
      <CheckGroup
        id="ot"
        legend={t('filters.organisationTypes')}
        selected={filters.organisationTypes}
        onChange={(organisationTypes) => set({ organisationTypes })}
        options={ORGANISATION_TYPES.filter((v) => counts.orgTypes.has(v)).map((v) => ({
          value: v,
          label: t(`orgType.${v}`),
          count: counts.orgTypes.get(v) ?? 0,
          glyph: <OrganisationSwatch type={v} size={12} />,
        }))}
      />
      <CheckGroup
        id="ck"
        legend={t('filters.collaborationKinds')}
        selected={filters.collaborationKinds}
        onChange={(collaborationKinds) => set({ collaborationKinds })}
        options={COLLABORATION_KINDS.filter((v) => counts.kinds.has(v)).map((v) => ({
          value: v,
          label: t(`colKind.${v}`),
          count: counts.kinds.get(v) ?? 0,
          glyph: <CollaborationSwatch kind={v} size={12} />,
        }))}
      />
      <CheckGroup
        id="role"
        legend={t('filters.roles')}
        selected={filters.roles}
        onChange={(roles) => set({ roles })}
        options={MEMBERSHIP_ROLES.filter((v) => counts.roles.has(v)).map((v) => ({
          value: v,
          label: t(`role.${v}`),
          count: counts.roles.get(v) ?? 0,
        }))}
      />
      <CheckGroup
        id="src"
        legend={t('filters.sources')}
        selected={filters.sources}
        onChange={(sources) => set({ sources })}
        options={data.file.sources.map((s) => ({
          value: s.id,
          label: `${s.title} (${s.year})`,
          count: counts.sources.get(s.id) ?? 0,
        }))}
      />
      <CheckGroup
        id="fund"
        legend={t('filters.funding')}
        selected={filters.funding}
        onChange={(funding) => set({ funding })}
        options={data.file.fundingProgrammes
          .filter((f) => counts.funding.has(f.id))
          .map((f) => ({
            value: f.id,
            label: lang === 'en' ? f.nameEn : f.name,
            count: counts.funding.get(f.id) ?? 0,
          }))}
      />
      <details
        className="filter-group"
        open={filters.yearFrom !== null || filters.yearTo !== null || undefined}
      >
        <summary>{t('filters.period')}</summary>
        <fieldset className="period">
          <legend className="visually-hidden">{t('filters.period')}</legend>
          <label>
            {t('filters.yearFrom')}
            <input
              type="number"
              inputMode="numeric"
              min={minYear}
              max={maxYear}
              placeholder={String(minYear)}
              value={filters.yearFrom ?? ''}
              onChange={(e) => set({ yearFrom: year(e.target.value) })}
            />
          </label>
          <label>
            {t('filters.yearTo')}
            <input
              type="number"
              inputMode="numeric"
              min={minYear}
              max={maxYear}
              placeholder={String(maxYear)}
              value={filters.yearTo ?? ''}
              onChange={(e) => set({ yearTo: year(e.target.value) })}
            />
          </label>
          <label className="check">
            <input
              type="checkbox"
              checked={filters.includeUndated}
              onChange={(e) => set({ includeUndated: e.target.checked })}
            />
            <span className="check-label">{t('filters.includeUndated')}</span>
          </label>
        </fieldset>
      </details>
    </section>
  );
}
