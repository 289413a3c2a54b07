// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RadioGroup } from '../../src/components/RadioGroup';

const options = [
  { value: 'a', label: 'Alfa', title: 'Första' },
  { value: 'b', label: 'Beta' },
] as const;

describe('RadioGroup', () => {
  afterEach(cleanup);

  it('renders one labelled radiogroup with the value checked and the segmented look', () => {
    render(<RadioGroup label="Val" options={options} value="b" onChange={() => {}} />);
    const group = screen.getByRole('radiogroup', { name: 'Val' });
    expect(group.className).toContain('segmented');
    expect(screen.getByRole<HTMLInputElement>('radio', { name: 'Beta' }).checked).toBe(true);
    expect(screen.getByRole<HTMLInputElement>('radio', { name: 'Alfa' }).checked).toBe(false);
    expect(screen.getByRole('radio', { name: 'Beta' }).closest('label')?.className).toBe('active');
    expect(screen.getByRole('radio', { name: 'Alfa' }).closest('label')?.title).toBe('Första');
  });

  it('reports the chosen value', () => {
    const onChange = vi.fn();
    render(<RadioGroup label="Val" options={options} value="a" onChange={onChange} />);
    fireEvent.click(screen.getByRole('radio', { name: 'Beta' }));
    expect(onChange).toHaveBeenCalledWith('b');
  });

  it('plain variant keeps the caller classes and renders before/after content', () => {
    render(
      <RadioGroup
        label="Storlek"
        variant="plain"
        className="choice-row"
        itemClassName="choice"
        name="size"
        before={<span>Före</span>}
        after={<span>Efter</span>}
        options={options}
        value={null}
        onChange={() => {}}
      />,
    );
    const group = screen.getByRole('radiogroup', { name: 'Storlek' });
    expect(group.className).toBe('choice-row');
    expect(group.textContent).toBe('FöreAlfaBetaEfter');
    const radio = screen.getByRole<HTMLInputElement>('radio', { name: 'Alfa' });
    expect(radio.name).toBe('size');
    expect(radio.closest('label')?.className).toBe('choice');
    expect(screen.getAllByRole<HTMLInputElement>('radio').some((r) => r.checked)).toBe(false);
  });

  it('describes every option and marks the checked one (else the first) for first focus', () => {
    const { rerender } = render(
      <RadioGroup
        label="Format"
        options={options}
        value="b"
        onChange={() => {}}
        describedBy="format-help"
        autoFocus
      />,
    );
    const alfa = screen.getByRole('radio', { name: 'Alfa' });
    const beta = screen.getByRole('radio', { name: 'Beta' });
    expect(alfa).toHaveAttribute('aria-describedby', 'format-help');
    expect(beta).toHaveAttribute('aria-describedby', 'format-help');
    expect(beta).toHaveAttribute('data-autofocus');
    expect(alfa).not.toHaveAttribute('data-autofocus');
    rerender(
      <RadioGroup label="Format" options={options} value={null} onChange={() => {}} autoFocus />,
    );
    expect(screen.getByRole('radio', { name: 'Alfa' })).toHaveAttribute('data-autofocus');
    rerender(<RadioGroup label="Format" options={options} value="a" onChange={() => {}} />);
    expect(document.querySelector('[data-autofocus]')).toBeNull();
  });
});
