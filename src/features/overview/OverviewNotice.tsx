/**
 * The notice over a picture of a large network that draws only its overview
 * (domain/overview.ts): how much is drawn of how much, and a button to draw everything —
 * and, once everything is drawn, to go back. Shown only when the network is over the
 * budget; the bundled graph never is.
 */
import type { OverviewCounts } from '../../domain/overview';
import type { ViewKind } from '../../domain/viewGraph';
import { formatNumber } from '../../i18n';
import { useAppStore } from '../../state/store';
import { useT } from '../../state/useT';
import './overview.css';

export interface OverviewNoticeProps {
  view: ViewKind;
  shown: OverviewCounts;
  total: OverviewCounts;
  /** True while everything is drawn although the network is over the budget. */
  drawingAll: boolean;
}

export function OverviewNotice({ view, shown, total, drawingAll }: OverviewNoticeProps) {
  const t = useT();
  const lang = useAppStore((s) => s.nav.lang);
  const setDrawAll = useAppStore((s) => s.setDrawAll);
  const n = (value: number) => formatNumber(lang, value);
  const counts = {
    nodes: n(shown.nodes),
    links: n(shown.links),
    totalNodes: n(total.nodes),
    totalLinks: n(total.links),
  };
  const text = drawingAll ? t(`overview.all.${view}`, counts) : t(`overview.cut.${view}`, counts);
  return (
    <section
      className="overview-notice"
      aria-label={t('overview.region')}
      data-testid="overview-notice"
      data-shown-nodes={drawingAll ? total.nodes : shown.nodes}
    >
      <p role="status">{text}</p>
      <button type="button" onClick={() => setDrawAll(!drawingAll)}>
        {drawingAll ? t('overview.showOverview') : t('overview.showAll')}
      </button>
    </section>
  );
}
