/**
 * Strings of the trust work: slide recovery and import reports, capped notices, keyboard
 * navigation of the picture. Swedish first, English typed against it.
 */
export const trustSv = {
  'trust.storageKept':
    'Sparade bilder gick inte att läsa, och det fanns inte plats för en säkerhetskopia. Inget har skrivits över: öppna Bildspel och spara texten som fil.',
  'trust.saveBlocked':
    'Bilderna sparades inte, för att inte skriva över de oläsbara bilderna. Öppna Bildspel och spara dem som fil först.',
  'trust.recoveryTitle': 'Oläsbara sparade bilder',
  'trust.recoveryText':
    'Webbläsaren har sparade bilder som inte går att läsa ({size} tecken). De ligger kvar orörda tills du sparat dem som fil.',
  'trust.recoveryDownload': 'Spara den oläsbara texten som fil',
  'trust.recoveryDiscard': 'Släpp dem och spara nya bilder',
  'trust.fileTooLarge': 'Filen är för stor ({size} MB, högst {max} MB).',
  'trust.importedKept':
    '{kept} av {count} bilder lästes in. {left} fick inte plats (högst {max} sparade bilder).',
  'trust.positionsDropped':
    '{count, plural, one {# position} other {# positioner}} för okända noder lämnades bort.',
  'trust.staleSlides':
    '{count, plural, one {# sparad bild pekar} other {# sparade bilder pekar}} på sådant som inte finns i kartans data: {list}.',
  'trust.staleMark': 'Delar av vyn finns inte längre: {parts}',
  'trust.andMore': 'och {count, plural, one {# till} other {# till}}',
  'trust.noticesRegion': 'Meddelanden',
  'trust.keyboardHelp':
    'Kartan: Tabb för att gå in, piltangenterna flyttar mellan grannar, Hem väljer första noden, Enter väljer, Esc släpper.',
  'trust.focusNode': '{label}, {kind}, {count, plural, one {# granne} other {# grannar}}',
  'trust.noNeighbour': 'Ingen granne åt det hållet.',
  'trust.pictureRole': 'nätverksbild',
} as const;

export const trustEn: Record<keyof typeof trustSv, string> = {
  'trust.storageKept':
    'Saved slides could not be read, and there was no room for a backup copy. Nothing has been overwritten: open Slides and save the text as a file.',
  'trust.saveBlocked':
    'The slides were not saved, so as not to overwrite the unreadable ones. Open Slides and save them as a file first.',
  'trust.recoveryTitle': 'Unreadable saved slides',
  'trust.recoveryText':
    'This browser holds saved slides that cannot be read ({size} characters). They stay untouched until you have saved them as a file.',
  'trust.recoveryDownload': 'Save the unreadable text as a file',
  'trust.recoveryDiscard': 'Release them and save new slides',
  'trust.fileTooLarge': 'The file is too large ({size} MB, at most {max} MB).',
  'trust.importedKept':
    '{kept} of {count} slides were loaded. {left} did not fit (at most {max} saved slides).',
  'trust.positionsDropped':
    '{count, plural, one {# position} other {# positions}} for unknown nodes left out.',
  'trust.staleSlides':
    '{count, plural, one {# saved slide refers} other {# saved slides refer}} to things the map data does not have: {list}.',
  'trust.staleMark': 'Parts of this view no longer exist: {parts}',
  'trust.andMore': 'and {count, plural, one {# more} other {# more}}',
  'trust.noticesRegion': 'Notices',
  'trust.keyboardHelp':
    'The map: Tab to enter, arrow keys move between neighbours, Home picks the first node, Enter selects, Esc leaves.',
  'trust.focusNode': '{label}, {kind}, {count, plural, one {# neighbour} other {# neighbours}}',
  'trust.noNeighbour': 'No neighbour in that direction.',
  'trust.pictureRole': 'network picture',
};
