/**
 * A segmented radio group (the app's one form control for "one of a few"): native radio
 * inputs, so arrows move and the group reads as one control to assistive technology.
 */
import { useId } from 'react';

export interface RadioOption<T extends string | number> {
  value: T;
  label: string;
}

export function RadioGroup<T extends string | number>({
  label,
  options,
  value,
  onChange,
  className,
}: {
  label: string;
  options: readonly RadioOption<T>[];
  value: T;
  onChange: (value: T) => void;
  className?: string;
}) {
  const name = useId();
  return (
    <div className={`segmented ${className ?? ''}`} role="radiogroup" aria-label={label}>
      {options.map((option) => (
        <label key={String(option.value)} className={option.value === value ? 'active' : ''}>
          <input
            type="radio"
            name={name}
            value={String(option.value)}
            checked={option.value === value}
            onChange={() => onChange(option.value)}
          />
          {option.label}
        </label>
      ))}
    </div>
  );
}
