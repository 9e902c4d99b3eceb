import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../testing/render';

const job = (id: string, title: string) => ({
  id,
  title,
  employmentType: 'temporary',
  city: 'Joliet',
  region: 'IL',
  pay: { min: 20, max: 22, period: 'hour', currency: 'USD' },
  postedAt: new Date().toISOString(),
  branch: { id: 'b1', name: 'Nextstep Chicago Loop' },
  company: { id: 'c1', name: 'Fort Alvah Logistics', confidential: false },
  snippet: `hiring a <mark>${title}</mark>`,
  distanceKm: null,
});

describe('search page ↔ URL', () => {
  const requests: URL[] = [];
  beforeEach(() => {
    requests.length = 0;
    vi.stubGlobal(
      'fetch',
      vi.fn(async (request: Request) => {
        const url = new URL(request.url);
        requests.push(url);
        const title = url.searchParams.get('q') ?? 'Warehouse Associate';
        return Response.json({ items: [job(`j-${requests.length}`, title)], nextCursor: null });
      }),
    );
  });
  afterEach(() => vi.unstubAllGlobals());

  it('fills the form from the URL and asks the API for exactly that search', async () => {
    await renderApp('/?q=forklift&employmentType=temporary&payMin=40000');
    expect(await screen.findByRole('link', { name: 'forklift' })).toBeInTheDocument();
    expect(screen.getByLabelText(/What job are you looking for/)).toHaveValue('forklift');
    expect(screen.getByRole('checkbox', { name: /Temporary/ })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: /Direct hire/ })).not.toBeChecked();
    expect(screen.getByLabelText(/Minimum pay/)).toHaveValue('40000');
    const api = requests.find((url) => url.pathname === '/api/jobs');
    expect(api?.searchParams.get('q')).toBe('forklift');
    expect(api?.searchParams.getAll('employmentType')).toEqual(['temporary']);
    expect(api?.searchParams.get('payMin')).toBe('40000');
  });

  it('writes each change into the URL, so it can be shared and Back undoes it', async () => {
    const user = userEvent.setup();
    const { router } = await renderApp('/');
    await screen.findByRole('link', { name: 'Warehouse Associate' });

    const box = screen.getByLabelText(/What job are you looking for/);
    await user.type(box, 'welder{Enter}');
    await waitFor(() => expect(router.state.location.href).toBe('/?q=welder'));
    expect(await screen.findByRole('link', { name: 'welder' })).toBeInTheDocument();

    await user.click(screen.getByRole('checkbox', { name: /Direct hire/ }));
    await waitFor(() => expect(router.state.location.href).toBe('/?q=welder&employmentType=direct_hire'));

    await user.selectOptions(screen.getByLabelText(/Posted within/), 'Last 7 days');
    await waitFor(() => expect(router.state.location.href).toBe('/?q=welder&employmentType=direct_hire&postedWithinDays=7'));

    router.history.back();
    await waitFor(() => expect(router.state.location.href).toBe('/?q=welder&employmentType=direct_hire'));
    await waitFor(() => expect(screen.getByLabelText(/Posted within/)).toHaveValue(''));
    expect(screen.getByLabelText(/Posted within/)).toHaveValue('');
    const results = screen.getByRole('region', { name: 'Results' });
    expect(within(results).getByRole('status')).toHaveTextContent('1 job');
  });

  it('says in words when the API cannot be reached, and retries', async () => {
    // Twice: the route's early request, then the page's own when it mounts on the failed query.
    const unreachable = () => new TypeError('Failed to fetch');
    vi.stubGlobal(
      'fetch',
      vi
        .fn()
        .mockRejectedValueOnce(unreachable())
        .mockRejectedValueOnce(unreachable())
        .mockResolvedValue(Response.json({ items: [], nextCursor: null })),
    );
    const user = userEvent.setup();
    await renderApp('/');
    expect(await screen.findByText(/We cannot reach Nextstep right now/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText('No open jobs match this search.')).toBeInTheDocument();
  });

  it('shows how many jobs match, capped at 1,000+, and how many of each type', async () => {
    const capped = { value: 1000, capped: true };
    vi.stubGlobal(
      'fetch',
      vi.fn(async () =>
        Response.json({
          items: [job('j-1', 'Registered Nurse (RN)')],
          nextCursor: 'next',
          counts: {
            total: capped,
            byEmploymentType: { temporary: { value: 12, capped: false }, temp_to_hire: capped, direct_hire: { value: 1, capped: false } },
          },
        }),
      ),
    );
    await renderApp('/?q=nurse');
    const results = await screen.findByRole('region', { name: 'Results' });
    await waitFor(() => expect(within(results).getByRole('status')).toHaveTextContent('1,000+ jobs; 1 shown'));
    expect(screen.getByRole('checkbox', { name: /Temporary \(12\)/ })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: /Temp-to-hire \(1,000\+\)/i })).toBeInTheDocument();
  });

  it('offers the corrected search when nothing matched, and runs it on a click', async () => {
    const requests: URL[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (request: Request) => {
        const url = new URL(request.url);
        requests.push(url);
        const q = url.searchParams.get('q');
        if (q === 'forklfit') return Response.json({ items: [], nextCursor: null, counts: null, didYouMean: 'forklift' });
        return Response.json({ items: [job('j-2', 'Forklift Operator')], nextCursor: null, counts: null, didYouMean: null });
      }),
    );
    const user = userEvent.setup();
    const { router } = await renderApp('/?q=forklfit');
    await user.click(await screen.findByRole('button', { name: 'forklift' }));
    await waitFor(() => expect(router.state.location.href).toBe('/?q=forklift'));
    expect(await screen.findByRole('link', { name: 'Forklift Operator' })).toBeInTheDocument();
  });
});
