// Build-time flags (see vite.standalone.config.ts).
interface ImportMetaEnv {
  /** 'true' in the single-file standalone build: no Web Workers, no links to the full app. */
  readonly VITE_STANDALONE?: string;
}
