// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Select } from '../../src/components/Select';

describe('Select', () => {
  afterEach(cleanup);

  it('is named by its label, shows the value and describes itself', () => {
    render(
      <Select
        label="Storlek"
        options={[
          { value: 'a', label: 'Alfa' },
          { value: 'b', label: 'Beta' },
        ]}
        value="b"
        onChange={() => {}}
        describedBy="help"
        labelClassName="modal-label"
      />,
    );
    const select = screen.getByRole<HTMLSelectElement>('combobox', { name: 'Storlek' });
    expect(select.value).toBe('b');
    expect(select.getAttribute('aria-describedby')).toBe('help');
    expect(select.closest('label')?.className).toBe('field');
    expect(screen.getByText('Storlek').className).toBe('modal-label');
  });

  it('hands back the typed option value (numbers stay numbers)', () => {
    const onChange = vi.fn();
    render(
      <Select
        label="Visa"
        className="inline-field"
        options={[10, 25, 100].map((n) => ({ value: n, label: n }))}
        value={10}
        onChange={onChange}
      />,
    );
    fireEvent.change(screen.getByRole('combobox', { name: 'Visa' }), { target: { value: '25' } });
    expect(onChange).toHaveBeenCalledWith(25);
  });
});
