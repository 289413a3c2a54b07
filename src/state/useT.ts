/** The translate function for the current language (from the URL state). */
import { useMemo } from 'react';
import { makeTranslate, type Translate } from '../i18n';
import { useAppStore } from './store';

export function useT(): Translate {
  const lang = useAppStore((s) => s.nav.lang);
  return useMemo(() => makeTranslate(lang), [lang]);
}
