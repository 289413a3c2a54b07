/**
 * Detects contact data (e-mail addresses, Swedish phone numbers) that must never enter
 * the dataset. Deliberately a little eager: a false alarm costs a curator a minute.
 */
const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/;
const PHONE =
  /(?:\+46|\b0)\d{1,3}[- ]?\d{2,3}(?:[- ]?\d{2}){2}\b|\b07\d[- ]?\d{3}[- ]?\d{2}[- ]?\d{2}\b/;

/** Returns a short reason when `text` looks like it holds contact data, else null. */
export function findContactData(text: string): string | null {
  const email = EMAIL.exec(text);
  if (email) return `looks like an e-mail address: "${email[0]}"`;
  const phone = PHONE.exec(text);
  if (phone) return `looks like a phone number: "${phone[0]}"`;
  return null;
}
