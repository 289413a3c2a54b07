/** Small legend glyphs that draw exactly the shapes and colours used in the picture. */
import type { CollaborationKind, OrganisationType } from '../data/vocabulary';
import {
  COLLABORATION_FILL,
  COLLABORATION_SHAPES,
  ORGANISATION_COLOURS,
  PERSON_SHAPE,
  svgPoints,
} from '../graph-view/palette';

export function OrganisationSwatch({
  type,
  colour,
  size = 14,
}: {
  type?: OrganisationType;
  colour?: string;
  size?: number;
}) {
  return (
    <svg width={size} height={size} aria-hidden="true" className="swatch">
      <circle
        cx={size / 2}
        cy={size / 2}
        r={size / 2 - 1}
        fill={colour ?? (type ? ORGANISATION_COLOURS[type] : '#bbb')}
        stroke="#3b3b3b"
        strokeWidth="1"
      />
    </svg>
  );
}

export function CollaborationSwatch({
  kind,
  size = 14,
}: {
  kind: CollaborationKind;
  size?: number;
}) {
  return (
    <svg width={size} height={size} aria-hidden="true" className="swatch">
      <polygon
        points={svgPoints(COLLABORATION_SHAPES[kind], size - 2)}
        transform="translate(1 1)"
        fill={COLLABORATION_FILL}
      />
    </svg>
  );
}

export function PersonSwatch({ size = 14 }: { size?: number }) {
  return (
    <svg width={size} height={size} aria-hidden="true" className="swatch">
      <polygon
        points={svgPoints(PERSON_SHAPE, size - 2)}
        transform="translate(1 1)"
        fill="#fff"
        stroke="#222"
        strokeWidth="1.2"
      />
    </svg>
  );
}
