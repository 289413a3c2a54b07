/**
 * Translation: `translate(lang, key, params)` fills {placeholders}. Swedish is the
 * default; English is complete by type. Vocabulary labels go through the same keys.
 */
import { en } from './en';
import { sv, type MessageKey } from './sv';

export const LANGUAGES = ['sv', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export type { MessageKey };

const messages: Record<Language, Record<MessageKey, string>> = { sv, en };

export type Params = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: Params) => string;

export function translate(lang: Language, key: MessageKey, params?: Params): string {
  const template = messages[lang][key];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

export function makeTranslate(lang: Language): Translate {
  return (key, params) => translate(lang, key, params);
}

/** Formats a number the way the language writes it (space or comma thousands). */
export function formatNumber(lang: Language, value: number, digits = 0): string {
  // One formatter per language and precision: toLocaleString with options builds a new one
  // on every call, which is slow in long tables.
  const key = `${lang}:${digits}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(lang === 'sv' ? 'sv-SE' : 'en-GB', {
      maximumFractionDigits: digits,
      minimumFractionDigits: digits,
    });
    numberFormats.set(key, format);
  }
  return format.format(value);
}
const numberFormats = new Map<string, Intl.NumberFormat>();
