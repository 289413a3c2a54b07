/**
 * Entry point. The first import puts zod in jitless mode before any schema is built, so
 * nothing needs eval under the Content-Security-Policy (scripts/csp.ts, index.html).
 */
import './data/zodConfig';
import './styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { loadShownDataset } from './features/import/standaloneDataset';

// `?bench=1` installs `window.__metricsBench` for bench/pool.mjs; loaded only then, and
// never in the standalone export.
if (
  !import.meta.env.VITE_STANDALONE &&
  new URLSearchParams(window.location.search).get('bench') === '1'
) {
  void Promise.all([import('./metrics/benchHook'), import('./metrics/metricsClient')]).then(
    ([{ installBenchHook }, { createMetricsClient }]) => installBenchHook(createMetricsClient),
  );
}

const root = document.getElementById('root');
if (root) {
  // Started before React's first render, so reading and checking the data overlaps it.
  const dataset = loadShownDataset();
  // App reports a failure; this only keeps it from being reported as unhandled as well.
  dataset.catch(() => undefined);
  const load = () => dataset;
  createRoot(root).render(
    <StrictMode>
      <App load={load} />
    </StrictMode>,
  );
}
