import { describe, expect, it } from 'vitest';
import { useState } from 'react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SelectedRegions } from './SelectedRegions';
import type { PlaceDetail } from '../../domain/pain';

/** The list as the home page uses it: the details live outside, and come back as props. */
function Harness({ changes }: { changes: [string, PlaceDetail][] }) {
  const [details, setDetails] = useState<Record<string, PlaceDetail | undefined>>({});
  const regions = [
    { id: 'knee-back-right', label: 'Back of knee, right', detail: details['knee-back-right'] },
    { id: 'heel-left', label: 'Heel, left', detail: details['heel-left'] },
  ];
  return (
    <SelectedRegions
      regions={regions}
      onRemove={() => undefined}
      onClear={() => undefined}
      onDetail={(id, d) => {
        changes.push([id, d]);
        setDetails((now) => ({ ...now, [id]: d }));
      }}
    />
  );
}

describe('how bad, and what kind, for a marked place', () => {
  it('is closed by default: one button per place, saying what it opens', () => {
    render(<Harness changes={[]} />);
    expect(screen.getByRole('button', { name: /back of knee, right: how bad, and what kind/i, expanded: false })).toBeInTheDocument();
    expect(screen.queryByRole('group', { name: /how bad, and what kind/i })).toBeNull();
  });

  it('works by keyboard alone: open, pick a level and a kind with the arrow keys, close with Escape', async () => {
    const user = userEvent.setup();
    const changes: [string, PlaceDetail][] = [];
    render(<Harness changes={changes} />);
    const chip = screen.getByRole('button', { name: /back of knee, right: how bad/i });
    chip.focus();
    await user.keyboard('{Enter}');
    const editor = await screen.findByRole('group', { name: 'How bad, and what kind: Back of knee, right' });
    expect(chip).toHaveAttribute('aria-expanded', 'true');
    // Focus starts on the level now chosen (5); the arrows move it.
    await expect.poll(() => document.activeElement).toBe(screen.getByRole('radio', { name: '5, moderate' }));
    await user.keyboard('{ArrowRight}{ArrowRight}{ArrowRight}{ArrowRight}');
    expect(screen.getByRole('radio', { name: '9, very severe' })).toBeChecked();
    expect(editor).toHaveTextContent('9 out of 10, very severe');
    await user.tab();
    expect(screen.getByRole('radio', { name: 'Not sure' })).toHaveFocus();
    await user.keyboard('{ArrowLeft}{ArrowLeft}');
    expect(screen.getByRole('radio', { name: 'Numb' })).toBeChecked();
    expect(changes.at(-1)).toEqual(['knee-back-right', { intensity: 9, kind: 'numbness' }]);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('group', { name: /how bad, and what kind/i })).toBeNull();
    await expect.poll(() => document.activeElement).toBe(screen.getByRole('button', { name: 'Back of knee, right: how bad, and what kind (9/10, numbness)' }));
  });

  it('shows what was said on the place itself, and Done closes it', async () => {
    const user = userEvent.setup();
    render(<Harness changes={[]} />);
    await user.click(screen.getByRole('button', { name: /heel, left: how bad/i }));
    await user.click(await screen.findByRole('radio', { name: 'Cramping' }));
    await user.click(screen.getByRole('radio', { name: '7, severe' }));
    await user.click(screen.getByRole('button', { name: 'Done' }));
    expect(screen.getByRole('button', { name: 'Heel, left: how bad, and what kind (7/10, cramping)' })).toHaveTextContent('Heel, left7/10, cramping');
  });
});
