import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { stubApi } from '../../../testing/api-stub';
import { renderWithProviders } from '../../../testing/render';
import type { Branch } from '../api/catalog';
import { JobEditor } from './job-editor';

afterEach(() => vi.unstubAllGlobals());

const branch = (id: string, name: string, timeZone: string): Branch => ({
  id,
  name,
  timeZone,
  addressLine: '1 Main St',
  city: name,
  region: 'IL',
  postalCode: '60601',
  email: `${id}@example.com`,
  phone: '(312) 555-0100',
  openingHours: 'Mon–Fri 8:00–17:00',
  latitude: 41.88,
  longitude: -87.63,
});

describe('job editor', () => {
  it("says on whose clock the closing day ends: the branch's", () => {
    stubApi(() => undefined);
    const branches = [branch('b-chi', 'Chicago', 'America/Chicago'), branch('b-la', 'Los Angeles', 'America/Los_Angeles')];
    renderWithProviders(<JobEditor job={null} companies={[]} branches={branches} fixedBranchId="b-la" onSaved={() => undefined} />);
    expect(screen.getByLabelText(/Stops taking applications after/)).toHaveAccessibleDescription(
      /Applications close when this day ends in .*America\/Los_Angeles.*, the branch's clock\./,
    );
  });

  it('asks for the branch first when none is chosen yet', () => {
    stubApi(() => undefined);
    renderWithProviders(<JobEditor job={null} companies={[]} branches={[branch('b-chi', 'Chicago', 'America/Chicago')]} fixedBranchId={null} onSaved={() => undefined} />);
    expect(screen.getByLabelText(/Stops taking applications after/)).toHaveAccessibleDescription(/choose the branch first/);
  });
});
