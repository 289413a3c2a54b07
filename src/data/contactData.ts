/**
 * Detects contact data (e-mail addresses, also written "(at)"; phone numbers in Swedish,
 * Nordic, German and international forms) that must never enter the dataset. Eager where
 * it is cheap (a false alarm costs a curator a minute) but blind to the numbers regional
 * documents are full of: years and periods, dates, amounts in groups of three, postcodes,
 * organisation and registration numbers, page ranges. Pure; tested on a table of
 * real-world formats in tests/data/contactData.test.ts.
 */

const EMAIL = /[A-Za-z0-9._%+-]+[@＠][A-Za-z0-9.-]+\.[A-Za-z]{2,}/;
/** "anna(at)example.se", "anna [at] example [dot] se", "anna at example dot se". */
const OBFUSCATED_EMAIL =
  /[A-Za-z0-9._%+-]+\s?[([{]\s?(?:at|snabel-?a)\s?[)\]}]\s?[A-Za-z0-9-]+(?:(?:\.|\s?[([{]\s?(?:dot|punkt)\s?[)\]}]\s?)[A-Za-z0-9-]+)*(?:\.|\s?[([{]\s?(?:dot|punkt)\s?[)\]}]\s?)[A-Za-z]{2,}|\b[A-Za-z0-9._%+-]+\s+(?:at|snabel-a)\s+[A-Za-z0-9-]+\s+(?:dot|punkt)\s+[A-Za-z]{2,}\b/i;

/**
 * International: "+46 40 123 45 67", "+46 (0)40-12 34 56", "0046 8 123 456 78",
 * "+45 12 34 56 78", "+49 30 1234567", "+1 (555) 123-4567". A country code after + or 00,
 * then digit groups with single separators; 8–15 digits in all (E.164 allows 15).
 */
const INTERNATIONAL =
  /(?:\+|(?<![\d\w])00)\s?[1-9]\d{0,2}(?:[\s.\-/]?\(0\))?(?:[\s.\-/]?\(?\d+\)?){1,7}/g;

/**
 * National with trunk 0 (Sweden, Germany, …): area code "0" + 1–4 digits, one separator
 * ("-", "/", space, or none), then the subscriber number in digit groups separated by
 * single spaces: "08-123 456 78", "040-12 34 56", "070-123 45 67", "030/1234567",
 * "0701234567". 8–11 digits in all.
 */
const NATIONAL =
  /(?<![\d\w.,\-/+])0[1-9]\d{0,3}\)?(?:\s?[-/]\s?|\s)?\d{2,8}(?: \d{2,4}){0,3}(?![\d\w])/g;

/** Four pairs, the Danish and Norwegian way of writing eight digits: "22 12 34 56". */
const PAIRS = /(?<![\d\w.,\-/+] ?)\b\d{2} \d{2} \d{2} \d{2}\b(?! ?\d)/;

/** A phone number announced as one: "tel. 123 45", "Tfn: 12-34-56", "mobil 0046…". */
const ANNOUNCED =
  /\b(?:tel|tfn|telefon|telephone|phone|mobil|mobile|mob|tlf|fax|ring|call)\b\.?:?\s*(?:nr\.?|nummer|no\.?)?\s*\+?\(?\d[\d\s\-()/.]{4,}\d/i;

/** Words after a number that make it an amount, not a phone number. */
const AMOUNT_AFTER =
  /^\s?(?:kr|kronor|sek|tkr|mkr|msek|eur|euro|€|dkk|nok|usd|\$|%|procent|invånare|personer)\b/i;

function digitCount(text: string): number {
  return text.replace(/\D/g, '').length;
}

/** Space-grouped thousands ("050 200 300"): every group after the first has 3 digits. */
function looksLikeThousands(candidate: string): boolean {
  const groups = candidate.trim().split(/[\s\u00a0]+/);
  return groups.length > 1 && groups.slice(1).every((g) => /^\d{3}$/.test(g));
}

function firstPhone(text: string): string | null {
  for (const match of text.matchAll(INTERNATIONAL)) {
    const candidate = match[0].trim();
    const digits = digitCount(candidate);
    const after = text.slice((match.index ?? 0) + match[0].length);
    if (digits >= 8 && digits <= 15 && !AMOUNT_AFTER.test(after)) return candidate;
  }
  for (const match of text.matchAll(NATIONAL)) {
    const candidate = match[0].trim();
    const digits = digitCount(candidate);
    const after = text.slice((match.index ?? 0) + match[0].length);
    if (digits < 8 || digits > 11 || AMOUNT_AFTER.test(after)) continue;
    if (looksLikeThousands(candidate)) continue;
    return candidate;
  }
  const pairs = PAIRS.exec(text);
  if (pairs) return pairs[0];
  const announced = ANNOUNCED.exec(text);
  if (announced && digitCount(announced[0]) >= 5) return announced[0];
  return null;
}

/**
 * Returns a short reason when `text` looks like it holds contact data, else null. URLs are
 * looked at without their scheme and path digits (a link is not a phone number), but an
 * address in a `mailto:` link is still found.
 */
export function findContactData(text: string): string | null {
  const email = EMAIL.exec(text) ?? OBFUSCATED_EMAIL.exec(text);
  if (email) return `looks like an e-mail address: "${email[0]}"`;
  const phone = firstPhone(text.replace(/\bhttps?:\/\/\S+/gi, ' '));
  if (phone) return `looks like a phone number: "${phone}"`;
  return null;
}
