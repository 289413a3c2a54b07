/**
 * Saving the view as the standalone offline HTML page, from any dialog (Export, and Share
 * when the app runs where colleagues cannot reach it). Fetches dist/standalone.html next to
 * the app, writes the view into it and downloads it.
 */
import { downloadText } from '../../components/download';
import { fileNameFor } from '../../domain/csv';
import { serializeNavState, type NavState } from '../../url/navState';
import { StandaloneMissing } from './exporters';
import { injectView } from './standalone';

/** Fetches the single-file build beside the app; rejects with StandaloneMissing when absent. */
export async function fetchStandalone(): Promise<string> {
  const response = await fetch(new URL('standalone.html', document.baseURI)).catch(() => null);
  if (!response?.ok) throw new StandaloneMissing();
  return response.text();
}

/**
 * Downloads `nav` (shown in embed mode) as a standalone HTML file named after `title`;
 * `appTitle` ends the page's <title>. Resolves with the file name; rejects with
 * StandaloneMissing when the app was built without the standalone page.
 */
export async function saveStandalone(
  nav: NavState,
  title: string,
  appTitle: string,
): Promise<string> {
  const html = injectView(
    await fetchStandalone(),
    serializeNavState({ ...nav, mode: 'embed', title }),
    `${title} – ${appTitle}`,
  );
  const fileName = fileNameFor(title, 'html');
  downloadText(fileName, html, 'text/html;charset=utf-8');
  return fileName;
}
