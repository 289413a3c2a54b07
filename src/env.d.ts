// Build-time flags (see vite.standalone.config.ts).
interface ImportMetaEnv {
  /** 'true' in the single-file standalone build: no Web Workers, no links to the full app. */
  readonly VITE_STANDALONE?: string;
  /** '1' in the build the browser tests run (window.__app test hooks); absent in production. */
  readonly VITE_TEST_HOOKS?: string;
  /** The address the app is published at (share links, iframe snippets); see README. */
  readonly VITE_PUBLIC_URL?: string;
}
