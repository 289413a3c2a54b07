/** A button-styled link that selects a node (organisation, collaboration or person). */
import { useAppStore } from '../state/store';

export function NodeLink({
  id,
  label,
  className,
}: {
  id: string;
  label: string;
  className?: string;
}) {
  const select = useAppStore((s) => s.select);
  return (
    <button type="button" className={`node-link ${className ?? ''}`} onClick={() => select(id)}>
      {label}
    </button>
  );
}
