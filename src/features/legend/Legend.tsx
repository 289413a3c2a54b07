/**
 * The legend, derived from what is drawn right now: only the organisation types and
 * collaboration kinds present in the view, the edge styles in use, and what size means.
 */
import { CollaborationSwatch, OrganisationSwatch, PersonSwatch } from '../../components/Swatch';
import { COLLABORATION_KINDS, ORGANISATION_TYPES } from '../../data/vocabulary';
import { useDataset } from '../../state/DatasetContext';
import { useAppStore } from '../../state/store';
import { useT } from '../../state/useT';
import type { ViewModel } from '../../state/useViewModel';

function Line({
  dash,
  width = 2,
  colour = '#8C8C8C',
}: {
  dash?: string;
  width?: number;
  colour?: string;
}) {
  return (
    <svg width="28" height="10" aria-hidden="true" className="swatch">
      <line
        x1="1"
        y1="5"
        x2="27"
        y2="5"
        stroke={colour}
        strokeWidth={width}
        strokeDasharray={dash}
      />
    </svg>
  );
}

export function Legend({ model }: { model: ViewModel }) {
  const { data } = useDataset();
  const t = useT();
  const view = useAppStore((s) => s.nav.view);
  const colourBy = useAppStore((s) => s.nav.colourBy);
  const sizeBy = useAppStore((s) => s.nav.sizeBy);
  const types = new Set<string>();
  const kinds = new Set<string>();
  for (const node of model.graph.nodes) {
    const n = data.nodeById.get(node.id);
    if (n?.kind === 'organisation') types.add(n.type);
    if (n?.kind === 'collaboration') kinds.add(n.type);
  }
  const linkKinds = new Set(
    model.graph.links.map((l) =>
      l.kind === 'membership' ? `${l.kind}:${l.roles[0]}:${l.implied ? 1 : 0}` : l.kind,
    ),
  );
  const has = (prefix: string) => [...linkKinds].some((k) => k.startsWith(prefix));
  const leading = ['lead', 'convener', 'chair'].some((r) => has(`membership:${r}:`));
  return (
    <section className="legend" aria-labelledby="legend-title" data-testid="legend">
      <h2 id="legend-title">{t('legend.title')}</h2>
      {colourBy === 'type' && types.size > 0 ? (
        <>
          <h3>{t('legend.organisations')}</h3>
          <ul>
            {ORGANISATION_TYPES.filter((ty) => types.has(ty)).map((ty) => (
              <li key={ty}>
                <OrganisationSwatch type={ty} /> {t(`orgType.${ty}`)}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {kinds.size > 0 ? (
        <>
          <h3>{t('legend.collaborations')}</h3>
          <ul>
            {COLLABORATION_KINDS.filter((k) => kinds.has(k)).map((k) => (
              <li key={k}>
                <CollaborationSwatch kind={k} /> {t(`colKind.${k}`)}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {model.visible.people.size > 0 && view === 'affiliation' ? (
        <ul>
          <li>
            <PersonSwatch /> {t('legend.people')}
          </li>
        </ul>
      ) : null}
      {model.graph.links.length > 0 ? (
        <>
          <h3>{t('legend.edges')}</h3>
          <ul>
            {view === 'network' ? (
              <li>
                <Line width={4} colour="#7a7a7a" /> {t('legend.edge.tie')}
              </li>
            ) : (
              <>
                {leading ? (
                  <li>
                    <Line width={3} colour="#222" /> {t('legend.edge.leading')}
                  </li>
                ) : null}
                <li>
                  <Line /> {t('legend.edge.member')}
                </li>
                {has('membership:funder:') ? (
                  <li>
                    <Line dash="6 3" /> {t('legend.edge.funder')}
                  </li>
                ) : null}
                {has('membership:') && [...linkKinds].some((k) => k.endsWith(':1')) ? (
                  <li>
                    <Line dash="1 3" /> {t('legend.edge.implied')}
                  </li>
                ) : null}
                {linkKinds.has('seat') ? (
                  <li>
                    <Line dash="2 2" colour="#B0B0B0" /> {t('legend.edge.seat')}
                  </li>
                ) : null}
              </>
            )}
          </ul>
        </>
      ) : null}
      {colourBy === 'community' ? <p className="small">{t('legend.community')}</p> : null}
      <p className="small muted">
        {t('legend.sizeBy', {
          measure: sizeBy === 'links' ? t('metrics.links') : t(`metrics.${sizeBy}`),
        })}
      </p>
    </section>
  );
}
