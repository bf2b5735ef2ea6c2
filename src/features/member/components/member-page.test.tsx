import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { PROXY_ERROR_CODES } from '../../../../contract';
import { deferred, fakeNetwork, type Reply } from '../../../testing/fake-network';
import { renderWithProviders } from '../../../testing/render';
import { rawMemberResponse, rawMonthlyPeriods, rawTargetGroup, rawTargetPeriod } from '../testing/builders';
import { MemberPage } from './member-page';

const NOW = Date.UTC(2024, 4, 15);
const PATH = '/api/v3/users/64035151/targetGroups';

function renderMember(network = fakeNetwork(), url = '/members/64035151', userId = '64035151') {
  return renderWithProviders(<MemberPage userId={userId} now={NOW} />, {
    network,
    url,
    path: '/members/:userId',
  });
}

const failure = (status: number, code: string | number, message: string): Reply => ({
  status,
  body: { data: null, errors: [{ code, message }], warnings: null },
});

describe('MemberPage', () => {
  it('shows the member id while loading, then the member', async () => {
    const pending = deferred({ body: rawMemberResponse() });
    const network = fakeNetwork().on(PATH, pending.respond);
    const { container } = renderMember(network);

    expect(screen.getByText('Member ID 64035151')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Member 64035151' })).toBeInTheDocument();
    expect(container.querySelector('[aria-busy="true"]')).not.toBeNull();

    pending.release();
    expect(await screen.findByRole('heading', { level: 1, name: 'Tom Sawyer' })).toBeInTheDocument();
    expect(await screen.findByRole('region', { name: 'Target groups' })).toBeInTheDocument();
    expect(document.title).toBe('Tom Sawyer · Member Progress');
    expect(screen.getByText('Member ID 64035151')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Profile' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Loyalty' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Target groups' })).toBeInTheDocument();
    expect(
      screen.getByRole('progressbar', { name: 'Spend 8,000, Cycle_1 (May 1, 2024 – May 31, 2024)' }),
    ).toHaveAttribute('aria-valuetext', '5,000 of 8,000 (62.5%)');
    expect(container.querySelector('[aria-busy="true"]')).toBeNull();

    expect(network.calls).toHaveLength(1);
    expect(network.calls[0]?.url.pathname + network.calls[0]!.url.search).toBe(PATH);
    expect(network.calls[0]?.headers.get('X-Requested-With')).toBe('fetch');
  });

  it('asks for what the URL says and keeps each switch in the URL', async () => {
    const network = fakeNetwork().on(PATH, { body: rawMemberResponse() });
    const { router } = renderMember(network, '/members/64035151?includeInactiveTargets=true');
    await screen.findByRole('heading', { level: 1, name: 'Tom Sawyer' });
    expect(screen.getByRole('switch', { name: 'Include inactive targets' })).toBeChecked();
    expect(screen.getByRole('switch', { name: 'Show all cycles' })).not.toBeChecked();
    expect(network.calls[0]?.url.search).toBe('?includeInactiveTargets=true');

    await userEvent.click(screen.getByRole('switch', { name: 'Include inactive targets' }));
    expect(router.state.location.search).toBe('');
    await waitFor(() => expect(network.calls).toHaveLength(2));
    expect(network.calls[1]?.url.search).toBe('');
  });

  it('keeps the member on screen with "Updating…" while a switch refetches', async () => {
    const allCycles = deferred({
      body: rawMemberResponse({ targetGroups: [rawTargetGroup({ targets: rawMonthlyPeriods(3, 1) })] }),
    });
    const network = fakeNetwork().on(PATH, (url) =>
      url.searchParams.get('includeInactive') === 'true'
        ? allCycles.respond()
        : { body: rawMemberResponse() },
    );
    const { router } = renderMember(network);
    expect(await screen.findAllByRole('progressbar')).toHaveLength(1);

    await userEvent.click(screen.getByRole('switch', { name: 'Show all cycles' }));
    expect(router.state.location.search).toBe('?includeInactive=true');
    expect(await screen.findByText('Updating…')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Tom Sawyer' })).toBeInTheDocument();
    expect(screen.getAllByRole('progressbar')).toHaveLength(1);
    expect(network.calls.at(-1)?.url.searchParams.get('includeInactive')).toBe('true');

    allCycles.release();
    await waitFor(() => expect(screen.getAllByRole('progressbar')).toHaveLength(3));
    expect(screen.queryByText('Updating…')).not.toBeInTheDocument();
  });

  it('keeps each period where it stood while a switch refetches (no flag: placed against the answer’s time)', async () => {
    const unflagged = rawMemberResponse({
      targetGroups: [
        rawTargetGroup({
          targets: [
            rawTargetPeriod({
              currentPeriod: null,
              periodStartDate: '2024-05-01',
              periodEndDate: '2024-05-31',
            }),
          ],
        }),
      ],
    });
    const refetch = deferred({ body: unflagged });
    const network = fakeNetwork().on(PATH, (url) =>
      url.searchParams.has('includeInactiveTargets') ? refetch.respond() : { body: unflagged },
    );
    renderWithProviders(<MemberPage userId="64035151" />, {
      network,
      url: '/members/64035151',
      path: '/members/:userId',
    });
    const periods = await screen.findByRole('list', { name: 'Periods of Spend 8,000' });
    expect(periods).toHaveTextContent('Past');

    await userEvent.click(screen.getByRole('switch', { name: 'Include inactive targets' }));
    expect(await screen.findByText('Updating…')).toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'Periods of Spend 8,000' })).toHaveTextContent('Past');
    refetch.release();
    await waitFor(() => expect(screen.queryByText('Updating…')).not.toBeInTheDocument());
  });

  it('says an unknown member was not found, with Capillary’s own message', async () => {
    const network = fakeNetwork().on(
      '/api/v3/users/99999/targetGroups',
      failure(400, 310011, 'Invalid userId'),
    );
    renderMember(network, '/members/99999', '99999');
    const alert = await screen.findByRole('alert', { name: 'Member not found' });
    expect(alert).toHaveTextContent('No member with ID 99999 in this programme.');
    expect(alert).toHaveTextContent('Invalid userId');
    expect(screen.getByText('Member ID 99999')).toBeInTheDocument();
    expect(document.title).toBe('Member 99999 · Member Progress');
  });

  it('names an upstream failure and tries again on request', async () => {
    let calls = 0;
    const network = fakeNetwork().on(PATH, () =>
      ++calls === 1
        ? failure(502, PROXY_ERROR_CODES.credentialsRefused, 'Capillary answered 401')
        : { body: rawMemberResponse() },
    );
    renderMember(network);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      "The dashboard's Capillary credentials were refused — tell an administrator",
    );
    expect(alert).toHaveTextContent('Capillary answered 401');
    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Tom Sawyer' })).toBeInTheDocument();
    expect(await screen.findByRole('region', { name: 'Profile' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it.each([
    [
      failure(504, PROXY_ERROR_CODES.upstreamTimeout, 'No answer after 10 s'),
      'Capillary did not answer in time',
    ],
    [failure(502, PROXY_ERROR_CODES.upstreamFailed, 'Capillary answered 500'), 'Capillary is unavailable'],
    [failure(502, PROXY_ERROR_CODES.upstreamBadBody, 'Incomplete answer'), 'Capillary is unavailable'],
    [failure(503, PROXY_ERROR_CODES.upstreamFailed, 'Slow down'), 'Capillary is unavailable'],
    [{ status: 200, text: '<!doctype html><p>Login</p>' }, "Capillary's answer could not be read"],
    [{ status: 200, body: [1, 2, 3] }, "Capillary's answer could not be read"],
  ] satisfies [Reply, string][])('explains a failed answer (%j)', async (reply, reason) => {
    renderMember(fakeNetwork().on(PATH, reply));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(reason);
    expect(within(alert).getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });

  it('explains a connection that failed', async () => {
    renderMember(
      fakeNetwork().on(PATH, () => {
        throw new TypeError('Failed to fetch');
      }),
    );
    expect(await screen.findByRole('alert')).toHaveTextContent('The dashboard could not reach its server.');
  });

  it('treats a 200 with errors and no data as an error', async () => {
    renderMember(fakeNetwork().on(PATH, failure(200, 8015, 'Customer not found in this org')));
    const alert = await screen.findByRole('alert', { name: 'Capillary could not give this member' });
    expect(alert).toHaveTextContent('Customer not found in this org');
  });

  it('shows Capillary’s warnings beside the data', async () => {
    renderMember(
      fakeNetwork().on(PATH, {
        body: rawMemberResponse({ warnings: [{ code: 9, message: 'Some targets are paused' }] }),
      }),
    );
    const notice = await screen.findByRole('status', { name: 'Capillary says' });
    expect(notice).toHaveTextContent('Some targets are paused');
    expect(screen.getByRole('heading', { level: 1, name: 'Tom Sawyer' })).toBeInTheDocument();
    expect(screen.getByRole('article', { name: 'Spend in May' })).toBeInTheDocument();
  });

  it('renders the rest of the member when one group fails the schema', async () => {
    const body = rawMemberResponse({
      targetGroups: [
        rawTargetGroup({ id: 851, name: 'JP&A', targets: [rawTargetPeriod({ periodStartDate: 42 })] }),
        rawTargetGroup({ id: 2, name: 'Visit' }),
      ],
    });
    renderMember(fakeNetwork().on(PATH, { body }));
    expect(
      await screen.findByRole('article', { name: 'This target group could not be read' }),
    ).toHaveTextContent('Group 851 · JP&A');
    expect(screen.getByRole('article', { name: 'Visit' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Profile' })).toBeInTheDocument();
  });

  it('says when the member has no target groups', async () => {
    renderMember(fakeNetwork().on(PATH, { body: rawMemberResponse({ targetGroups: [] }) }));
    expect(
      await screen.findByText('No target groups: this member is not enrolled in any goal.'),
    ).toBeInTheDocument();
  });

  it('never renders payload text as HTML', async () => {
    const body = rawMemberResponse({
      targetGroups: [rawTargetGroup({ name: '<img src=x onerror=alert(1)>' })],
      customer: {
        profiles: [{ firstName: '<b>Tom</b>', lastName: '' }],
        customFields: { note: '<script>x</script>' },
      },
    });
    const { container } = renderMember(fakeNetwork().on(PATH, { body }));
    expect(await screen.findByRole('heading', { level: 1, name: '<b>Tom</b>' })).toBeInTheDocument();
    expect(await screen.findByRole('article', { name: '<img src=x onerror=alert(1)>' })).toBeInTheDocument();
    expect(container.querySelector('img, b, main script')).toBeNull();
  });
});
