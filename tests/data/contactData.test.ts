/**
 * The contact-data detector on real-world formats: phone numbers as they are written in
 * Sweden, Denmark, Norway, Germany and internationally, e-mail addresses (also
 * obfuscated), and the numbers regional documents are full of that must NOT match.
 */
import { describe, expect, it } from 'vitest';
import { findContactData } from '../../src/data/contactData';

const PHONES: [string, string][] = [
  ['Swedish, Stockholm', '08-123 456 78'],
  ['Swedish, Stockholm, no spaces', '08-12345678'],
  ['Swedish, Stockholm, spaces only', '08 123 456 78'],
  ['Swedish, Malmö', '040-12 34 56'],
  ['Swedish, Malmö, 7 digits', '040-123 45 67'],
  ['Swedish, Lund switchboard', '046-222 00 00'],
  ['Swedish mobile', '070-123 45 67'],
  ['Swedish mobile, no separators', '0701234567'],
  ['Swedish mobile, 4-digit prefix', '0701-23 45 67'],
  ['Swedish, international', '+46 40 123 45 67'],
  ['Swedish, international with (0)', '+46 (0)40-12 34 56'],
  ['Swedish mobile, E.164', '+46701234567'],
  ['Swedish, 0046', '0046 40 123 45 67'],
  ['Swedish, 0046 Stockholm', '0046 8 123 456 78'],
  ['Danish', '+45 12 34 56 78'],
  ['Danish, E.164', '+4512345678'],
  ['Danish, national', '33 12 34 56'],
  ['Danish, 0045', '0045 33 12 34 56'],
  ['German, Berlin', '+49 30 1234567'],
  ['German, with (0)', '+49 (0)30 123 456 78'],
  ['German, national', '030 1234567'],
  ['German, slash', '030/1234567'],
  ['German, brackets', '(030) 1234567'],
  ['German mobile', '0171 1234567'],
  ['German mobile, international', '+49 171 1234567'],
  ['Norwegian', '+47 22 12 34 56'],
  ['Norwegian mobile', '+47 912 34 567'],
  ['Norwegian, national', '22 12 34 56'],
  ['US', '+1 (555) 123-4567'],
  ['UK', '+44 20 7946 0958'],
  ['Finnish', '+358 9 1234 5678'],
  ['announced, short', 'Tfn: 12-34-56'],
  ['announced in a sentence', 'Ring oss på tel. 123 45 67 för mer information'],
];

const EMAILS: [string, string][] = [
  ['plain', 'anna.andersson@example.se'],
  ['(at)', 'anna(at)example.se'],
  ['[at] and [dot]', 'anna [at] example [dot] se'],
  ['spelled out', 'anna at example dot se'],
  ['fullwidth at sign', 'anna＠example.se'],
  ['in a mailto link', 'mailto:anna@example.se'],
];

const NOT_CONTACT: [string, string][] = [
  ['programme period, en dash', 'Interreg Öresund-Kattegat-Skagerrak 2014–2020'],
  ['programme period, hyphen', '2014-2020'],
  ['programme period 2021-2027', 'Programperioden 2021-2027'],
  ['years listed', '2019 2020 2021 2022'],
  ['amount in kronor', 'Budget 1 200 000 kr'],
  ['large amount', '12 000 000 kronor'],
  ['amount in thousands groups', 'totalt 1 050 200 300 kr'],
  ['amount in euro', '2 500 000 euro'],
  ['population', 'cirka 130 000 invånare'],
  ['ISO date', '2021-03-15'],
  ['date range', '2021-03-15 – 2022-04-16'],
  ['European date', '15.03.2021'],
  ['time range', 'kl. 09.00–12.00'],
  ['page range', 's. 12–14'],
  ['page range, words', 'sid 120-134'],
  ['Swedish postcode', '211 20 Malmö'],
  ['Swedish postcode, country prefix', 'SE-211 20 Malmö'],
  ['German postcode', '01067 Dresden'],
  ['organisation number', 'organisationsnummer 232100-0255'],
  ['registration number', 'Dnr 2020-000123'],
  ['ISBN', 'ISBN 978-91-7844-123-4'],
  ['EU regulation', 'förordning (EU) nr 1303/2013'],
  ['grant number', 'Grant agreement No 101036563'],
  ['percentages', '+5 % jämfört med 2019'],
  ['a link with digits', 'https://www.example.se/2021/03/0701234567.pdf'],
  ['version', 'version 1.2.3'],
  ['counts', '33 kommuner och 4 universitet'],
  ['plain words with at', 'Looking at the region as a whole'],
];

describe('findContactData', () => {
  it.each(PHONES)('finds a phone number: %s (%s)', (_what, text) => {
    expect(findContactData(`Kontakt: ${text}.`)).toMatch(/^looks like a phone number/);
    expect(findContactData(text)).toMatch(/^looks like a phone number/);
  });

  it.each(EMAILS)('finds an e-mail address: %s (%s)', (_what, text) => {
    expect(findContactData(text)).toMatch(/^looks like an e-mail address/);
  });

  it.each(NOT_CONTACT)('leaves alone: %s (%s)', (_what, text) => {
    expect(findContactData(text)).toBeNull();
  });

  it('names what it found', () => {
    expect(findContactData('Ring 08-123 456 78 i dag')).toBe(
      'looks like a phone number: "08-123 456 78"',
    );
  });
});
