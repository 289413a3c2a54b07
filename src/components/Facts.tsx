/** Pieces of the details panels' fact lists: a labelled fact, and a list of node links. */
import type { ReactNode } from 'react';
import { NodeLink } from './NodeLink';

/** One `<dt>`/`<dd>` pair; renders nothing when `show` is false. */
export function Fact({
  label,
  show = true,
  children,
}: {
  label: string;
  show?: boolean;
  children: ReactNode;
}) {
  if (!show) return null;
  return (
    <>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </>
  );
}

export function NodeLinkList({ nodes }: { nodes: readonly { id: string; label: string }[] }) {
  return (
    <ul className="inline-list">
      {nodes.map((n) => (
        <li key={n.id}>
          <NodeLink id={n.id} label={n.label} />
        </li>
      ))}
    </ul>
  );
}
