/**
 * A radio group (the app's one form control for "one of a few"): native radio inputs, so
 * arrows move and the group reads as one control to assistive technology. The default look
 * is segmented (`.segmented` in styles.css); `variant="plain"` keeps the caller's own classes
 * (e.g. `choice-row` / `choice`) for groups that read as a list of options.
 */
import { useId, type ReactNode } from 'react';

export interface RadioOption<T extends string | number> {
  value: T;
  label: ReactNode;
  /** Tooltip on the option. */
  title?: string;
  /** Language of the label, when it differs from the page's. */
  lang?: string;
}

export function RadioGroup<T extends string | number>({
  label,
  options,
  value,
  onChange,
  className,
  variant = 'segmented',
  itemClassName,
  name,
  describedBy,
  autoFocus = false,
  before,
  after,
}: {
  label: string;
  options: readonly RadioOption<T>[];
  value: T | null;
  onChange: (value: T) => void;
  className?: string;
  variant?: 'segmented' | 'plain';
  /** Class on each option's label (plain variant). */
  itemClassName?: string;
  /** Radio input name; a unique one by default. */
  name?: string;
  /** Id of help text describing every option (aria-describedby). */
  describedBy?: string;
  /** Marks the checked option (else the first) for a dialog's first focus ([data-autofocus]). */
  autoFocus?: boolean;
  /** Content inside the group before / after the options (e.g. a visible caption). */
  before?: ReactNode;
  after?: ReactNode;
}) {
  const generated = useId();
  const groupName = name ?? generated;
  const segmented = variant === 'segmented';
  const groupClass = segmented ? `segmented ${className ?? ''}`.trim() : className;
  const focusIndex = Math.max(
    0,
    options.findIndex((o) => o.value === value),
  );
  return (
    <div className={groupClass} role="radiogroup" aria-label={label}>
      {before}
      {options.map((option, index) => {
        const checked = option.value === value;
        const itemClass = segmented ? (checked ? 'active' : '') : (itemClassName ?? '');
        return (
          <label
            key={String(option.value)}
            className={itemClass || undefined}
            title={option.title}
            lang={option.lang}
          >
            <input
              type="radio"
              name={groupName}
              value={String(option.value)}
              checked={checked}
              onChange={() => onChange(option.value)}
              aria-describedby={describedBy}
              {...(autoFocus && index === focusIndex ? { 'data-autofocus': true } : {})}
            />
            {option.label}
          </label>
        );
      })}
      {after}
    </div>
  );
}
