/**
 * Strings of the large-network overview (domain/overview.ts): the notice over a picture that
 * draws only part of a large network, and its button to draw everything. Swedish first,
 * English typed against it.
 */
export const overviewSv = {
  'overview.region': 'Översikt av ett stort nätverk',
  'overview.cut.network':
    'Bilden visar {nodes} av {totalNodes} organisationer och {links} av {totalLinks} band – de mest förbundna. Sök, välj eller filtrera för att se fler.',
  'overview.cut.affiliation':
    'Bilden visar {nodes} av {totalNodes} noder och {links} av {totalLinks} kopplingar – de mest förbundna. Sök, välj eller filtrera för att se fler.',
  'overview.all.network':
    'Bilden visar alla {totalNodes} organisationer och {totalLinks} band. Det kan gå långsamt.',
  'overview.all.affiliation':
    'Bilden visar alla {totalNodes} noder och {totalLinks} kopplingar. Det kan gå långsamt.',
  'overview.showAll': 'Visa alla (långsamt)',
  'overview.showOverview': 'Visa översikten igen',
};

export const overviewEn: Record<keyof typeof overviewSv, string> = {
  'overview.region': 'Overview of a large network',
  'overview.cut.network':
    'The picture shows {nodes} of {totalNodes} organisations and {links} of {totalLinks} ties – the best connected. Search, select or filter to see more.',
  'overview.cut.affiliation':
    'The picture shows {nodes} of {totalNodes} nodes and {links} of {totalLinks} links – the best connected. Search, select or filter to see more.',
  'overview.all.network':
    'The picture shows all {totalNodes} organisations and {totalLinks} ties. It may be slow.',
  'overview.all.affiliation':
    'The picture shows all {totalNodes} nodes and {totalLinks} links. It may be slow.',
  'overview.showAll': 'Show all (slow)',
  'overview.showOverview': 'Show the overview again',
};
