/**
 * A labelled drop-down (the app's one `<select>`): the visible label wraps the control, the
 * options carry typed values, and `onChange` hands back the option's own value (no casts at
 * the call site).
 */
import type { ReactNode } from 'react';

export interface SelectOption<T extends string | number> {
  value: T;
  label: ReactNode;
}

export function Select<T extends string | number>({
  label,
  options,
  value,
  onChange,
  className = 'field',
  labelClassName,
  id,
  describedBy,
  disabled,
}: {
  label: ReactNode;
  options: readonly SelectOption<T>[];
  value: T;
  onChange: (value: T) => void;
  /** Class on the wrapping label: `field` (stacked) or `inline-field`. */
  className?: string;
  /** Class on the visible label text (e.g. `modal-label` in dialogs). */
  labelClassName?: string;
  id?: string;
  describedBy?: string;
  disabled?: boolean;
}) {
  return (
    <label className={className}>
      <span className={labelClassName}>{label}</span>
      <select
        id={id}
        value={String(value)}
        disabled={disabled}
        aria-describedby={describedBy}
        onChange={(e) => {
          const chosen = options.find((o) => String(o.value) === e.target.value);
          if (chosen) onChange(chosen.value);
        }}
      >
        {options.map((o) => (
          <option key={String(o.value)} value={String(o.value)}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}
