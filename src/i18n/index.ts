/**
 * Translation: `translate(lang, key, params)` fills {placeholders} and chooses plural forms
 * (`{count, plural, one {# träff} other {# träffar}}`, `#` = the number in the language's
 * format) by Intl.PluralRules. Swedish is the default; English is complete by type.
 */
import { en } from './en';
import { sv, type MessageKey } from './sv';

export const LANGUAGES = ['sv', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export type { MessageKey };

const messages: Record<Language, Record<MessageKey, string>> = { sv, en };

export type Params = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: Params) => string;

const PLURAL = /\{(\w+), plural,((?:\s*(?:zero|one|two|few|many|other|=\d+)\s*\{[^{}]*\})+)\s*\}/g;
const PLURAL_FORM = /(zero|one|two|few|many|other|=\d+)\s*\{([^{}]*)\}/g;
const pluralRules = new Map<Language, Intl.PluralRules>();

/** The form of a plural block for `count`: an exact `=n` form first, then the language's category. */
function pluralForm(lang: Language, forms: string, count: number): string {
  const byKey = new Map([...forms.matchAll(PLURAL_FORM)].map((m) => [m[1] ?? '', m[2] ?? '']));
  let rules = pluralRules.get(lang);
  if (!rules) {
    rules = new Intl.PluralRules(lang === 'sv' ? 'sv-SE' : 'en-GB');
    pluralRules.set(lang, rules);
  }
  const form = byKey.get(`=${count}`) ?? byKey.get(rules.select(count)) ?? byKey.get('other') ?? '';
  return form.replaceAll('#', formatNumber(lang, count, Number.isInteger(count) ? 0 : 2));
}

export function translate(lang: Language, key: MessageKey, params?: Params): string {
  const template = messages[lang][key];
  if (!params) return template;
  return template
    .replace(PLURAL, (whole, name: string, forms: string) => {
      const value = params[name];
      return typeof value === 'number' ? pluralForm(lang, forms, value) : whole;
    })
    .replace(/\{(\w+)\}/g, (whole, name: string) =>
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
