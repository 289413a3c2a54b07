/**
 * Strings of the meeting-room outputs (share warnings, table downloads, embed details,
 * community names, view labels on figures): Swedish first, English typed against it.
 */
export const outputsSv = {
  'share.local.title': 'Länken fungerar bara på den här datorn',
  'share.local.host':
    'Appen körs från den här datorn (localhost), så kollegor kan inte öppna länken eller inbäddningen. Publicera appen på en webbserver (se README, avsnittet om publicering) eller skicka vyn som en fristående HTML-fil.',
  'share.local.file':
    'Appen är öppnad som en fil, så länken går inte att öppna på en annan dator. Skicka vyn som en fristående HTML-fil i stället.',
  'share.local.standalone': 'Spara som fristående HTML-fil',
  'share.configured': 'Länkarna pekar på den publicerade adressen {url}.',
  'table.download': 'Ladda ner tabellen',
  'table.download.xlsx': 'Excel (.xlsx)',
  'table.download.csv': 'CSV',
  'table.download.failed': 'Kunde inte spara tabellen.',
  'table.download.members': 'Ladda ner medlemmarna',
  'table.download.seats': 'Ladda ner personer och platser',
  'table.seats': 'personer och platser',
  'table.seatTitle': 'Titel',
  'table.fileVisible': 'urval',
  'table.fileMembers': 'medlemmar',
  'embed.details.show': 'Visa detaljer',
  'embed.details.hide': 'Dölj detaljer',
  'community.circle': '{name}-kretsen',
  'figure.viewAffiliation': 'i vyn Organisationer och samarbeten',
  'figure.viewNetwork': 'i vyn Samarbetsnätverk',
  'export.hideOthers': 'Utelämna allt utanför urvalet (i stället för att tona ned det)',
  'export.caption.shownPart':
    '{organisations, plural, one {# organisation} other {# organisationer}}, {collaborations, plural, one {# samarbete} other {# samarbeten}} visas',
  'export.caption.shownPartPeople':
    '{organisations, plural, one {# organisation} other {# organisationer}}, {collaborations, plural, one {# samarbete} other {# samarbeten}} och {people, plural, one {# person} other {# personer}} visas',
} as const;

export const outputsEn: Record<keyof typeof outputsSv, string> = {
  'share.local.title': 'This link only works on this computer',
  'share.local.host':
    'The app runs from this computer (localhost), so colleagues cannot open the link or the embed. Publish the app on a web server (see the README, section on publishing) or send the view as a standalone HTML file.',
  'share.local.file':
    'The app was opened as a file, so the link cannot be opened on another computer. Send the view as a standalone HTML file instead.',
  'share.local.standalone': 'Save as standalone HTML file',
  'share.configured': 'Links point at the published address {url}.',
  'table.download': 'Download the table',
  'table.download.xlsx': 'Excel (.xlsx)',
  'table.download.csv': 'CSV',
  'table.download.failed': 'Could not save the table.',
  'table.download.members': 'Download the members',
  'table.download.seats': 'Download people and seats',
  'table.seats': 'people and seats',
  'table.seatTitle': 'Title',
  'table.fileVisible': 'selection',
  'table.fileMembers': 'members',
  'embed.details.show': 'Show details',
  'embed.details.hide': 'Hide details',
  'community.circle': 'the {name} circle',
  'figure.viewAffiliation': 'in the Organisations and collaborations view',
  'figure.viewNetwork': 'in the Collaboration network view',
  'export.hideOthers': 'Leave out everything outside the selection (instead of fading it)',
  'export.caption.shownPart':
    '{organisations, plural, one {# organisation} other {# organisations}}, {collaborations, plural, one {# collaboration} other {# collaborations}} shown',
  'export.caption.shownPartPeople':
    '{organisations, plural, one {# organisation} other {# organisations}}, {collaborations, plural, one {# collaboration} other {# collaborations}} and {people, plural, one {# person} other {# people}} shown',
};
