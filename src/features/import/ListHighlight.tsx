/**
 * Render-nothing controller: marks a list against the map in the picture. 'highlight'
 * fades everything but the listed organisations and the nodes that connect two of
 * them; 'only' hides the rest instead. Its classes (list-*) and their styles are its
 * own, apart from the selection focus classes, and are re-applied when the scene changes.
 */
import { useEffect } from 'react';
import { RadioGroup } from '../../components/RadioGroup';
import { listAgainstMap } from '../../data/import/listAgainstMap';
import { loadImport } from '../../data/import/store';
import type { Core } from '../../graph-view/GraphCanvas';
import { useDataset } from '../../state/DatasetContext';
import { useAppStore, type ListFocus } from '../../state/store';
import { useT } from '../../state/useT';
import './import.css';
import { listHighlight, listHomeOf } from './listReport';

/** The home organisation a list saved without one is read against (when the data has it). */
const LINK_HOME = 'org:region-skane';

const CLASSES = 'list-member list-link list-faded list-hidden';

/** The minimal graph surface the applier uses (a cytoscape Core satisfies it). */
type Cy = Pick<Core, 'batch' | 'nodes' | 'edges' | 'elements' | 'style' | '$'>;

function ensureStyles(cy: Cy): void {
  const style = cy.style();
  // cytoscape's typings lack Style#json (it exists at run time).
  const json = (style as unknown as { json(): { selector: string }[] }).json();
  if (json.some((s) => s.selector === '.list-member')) return;
  style
    .selector('.list-member')
    .style({ 'border-width': 4, 'border-color': '#d97706', 'z-index': 20 })
    .selector('.list-faded')
    .style({ opacity: 0.12 })
    .selector('.list-hidden')
    .style({ display: 'none' })
    .update();
}

/**
 * Applies `focus` for the organisation ids `highlight` to `cy` in one batch. Connectors
 * (any node with at least two listed neighbours) and links among kept nodes stay.
 */
export function applyListFocus(cy: Cy, highlight: readonly string[], focus: ListFocus): void {
  cy.batch(() => {
    cy.$('.list-member, .list-link, .list-faded, .list-hidden').removeClass(CLASSES);
    if (focus === 'off' || highlight.length === 0) return;
    const members = new Set(highlight);
    const kept = new Set<string>();
    cy.nodes().forEach((n) => {
      if (members.has(n.id())) {
        kept.add(n.id());
        n.addClass('list-member');
      }
    });
    cy.nodes().forEach((n) => {
      if (kept.has(n.id()) || n.hasClass('group-label')) return;
      let listed = 0;
      n.neighborhood('node').forEach((m) => {
        if (members.has(m.id())) listed += 1;
      });
      if (listed >= 2) {
        kept.add(n.id());
        n.addClass('list-link');
      }
    });
    const hide = focus === 'only' ? 'list-hidden' : 'list-faded';
    cy.nodes().forEach((n) => {
      if (!kept.has(n.id()) && !n.hasClass('group-label')) n.addClass(hide);
    });
    cy.edges().forEach((e) => {
      if (!kept.has(e.source().id()) || !kept.has(e.target().id())) e.addClass(hide);
    });
  });
}

/**
 * Keeps the picture's list marking in step with the store (imports slice), and while a
 * list is shown offers its two ways of showing and a way to stop.
 */
export function ListHighlight({ cy }: { cy: Core | null }) {
  const t = useT();
  const highlight = useAppStore((s) => s.imports.highlight);
  const focus = useAppStore((s) => s.imports.focus);
  const setListFocus = useAppStore((s) => s.setListFocus);
  const clearList = useAppStore((s) => s.clearList);
  const listId = useAppStore((s) => s.nav.list);
  const { data } = useDataset();
  // A link (or a reload) naming a saved list: read it and highlight it in the picture.
  useEffect(() => {
    if (!listId || useAppStore.getState().imports.highlight.length > 0) return;
    let cancelled = false;
    void loadImport(listId).then((loaded) => {
      if (cancelled) return;
      const store = useAppStore.getState();
      if (!loaded.ok || loaded.value.kind !== 'list') {
        store.notify('warning', t('import.listLoadFailed'));
        store.clearList();
        return;
      }
      const home = listHomeOf(loaded.value.home, (id) => data.nodeById.has(id), LINK_HOME);
      const result = listAgainstMap(loaded.value.matches, data, home || undefined);
      store.showList(listId, listHighlight(result), 'highlight');
    });
    return () => {
      cancelled = true;
    };
  }, [listId, data, t]);
  useEffect(() => {
    if (!cy || cy.destroyed()) return;
    // Nothing to mark and nothing marked: stay off the picture entirely.
    if (focus === 'off' && cy.$('.list-member, .list-link, .list-faded, .list-hidden').empty())
      return;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const apply = () => {
      timer = null;
      if (cy.destroyed()) return;
      if (focus !== 'off') ensureStyles(cy);
      applyListFocus(cy, highlight, focus);
    };
    apply();
    // The scene adds and removes elements in slices: apply again once it has settled.
    const later = () => {
      if (timer === null) timer = setTimeout(apply, 80);
    };
    cy.on('add remove', later);
    return () => {
      cy.removeListener('add remove', later);
      if (timer !== null) clearTimeout(timer);
    };
  }, [cy, highlight, focus]);
  if (focus === 'off' || highlight.length === 0) return null;
  return (
    <div className="import-focus-bar" role="group" aria-label={t('import.picture')}>
      <span>{t('import.focusBar', { count: highlight.length })}</span>
      <RadioGroup
        label={t('import.picture')}
        name="list-focus"
        options={(['highlight', 'only'] as const).map((f) => ({
          value: f,
          label: t(`import.focus.${f}`),
        }))}
        value={focus}
        onChange={setListFocus}
      />
      <button type="button" onClick={clearList}>
        {t('import.focusStop')}
      </button>
    </div>
  );
}
