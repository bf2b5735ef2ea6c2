import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';

import { deferred, fakeNetwork, type FakeNetwork, type Reply } from '../../../testing/fake-network';
import { renderWithProviders } from '../../../testing/render';
import { recordRecentMember } from '../hooks/recent-members-store';
import { MemberSearch } from './member-search';

const LOOKUP = '/api/v2/customers/lookup';
const found = (userId: unknown): Reply => ({ body: { data: { userId }, errors: [], warnings: [] } });
const notFound: Reply = {
  status: 404,
  body: { data: null, errors: [{ code: 8015, message: 'Customer not found' }], warnings: [] },
};

function renderSearch(network: FakeNetwork = fakeNetwork(), variant: 'header' | 'hero' = 'header') {
  const page = (
    <>
      <MemberSearch variant={variant} />
      <label>
        Note <input />
      </label>
      <button type="button">Elsewhere</button>
    </>
  );
  const result = renderWithProviders(page, {
    network,
    routes: [
      { path: '/', element: page },
      { path: '/members/:userId', element: page },
    ],
  });
  return { ...result, field: () => screen.getByRole('combobox', { name: 'Find a member' }) };
}

const lookups = (network: FakeNetwork) =>
  network.calls
    .filter((c) => c.url.pathname === LOOKUP)
    .map((c) => `${c.url.searchParams.get('identifierName')}=${c.url.searchParams.get('identifierValue')}`);

afterEach(() => localStorage.clear());

describe('MemberSearch', () => {
  it('is a search landmark with a field named "Find a member", described, reachable with /', async () => {
    const { field } = renderSearch();
    expect(screen.getByRole('search')).toContainElement(field());
    expect(field()).toHaveAccessibleDescription(
      'Mobile number, email, card number, external ID or member ID',
    );
    expect(field()).toHaveAttribute('aria-expanded', 'false');
    await userEvent.keyboard('/');
    expect(field()).toHaveFocus();
    expect(field()).toHaveValue('');
  });

  it('leaves / alone while the person types in another field', async () => {
    const { field } = renderSearch();
    await userEvent.click(screen.getByRole('textbox', { name: 'Note' }));
    await userEvent.keyboard('a/b');
    expect(screen.getByRole('textbox', { name: 'Note' })).toHaveValue('a/b');
    expect(field()).not.toHaveFocus();
    await userEvent.click(screen.getByRole('button', { name: 'Elsewhere' }));
    await userEvent.keyboard('/');
    expect(field()).toHaveFocus();
  });

  it('looks an email up at once and opens the member it finds', async () => {
    const network = fakeNetwork().on(LOOKUP, found(900000001));
    const { field, router } = renderSearch(network);
    await userEvent.type(field(), ' asha.rao@example.com {Enter}');
    await waitFor(() => expect(router.state.location.pathname).toBe('/members/900000001'));
    expect(lookups(network)).toEqual(['email=asha.rao@example.com']);
    expect(field()).toHaveValue('');
  });

  it('shows the choices on Enter for a number, picks none, and acts on the one chosen with the keyboard', async () => {
    const network = fakeNetwork().on(LOOKUP, found('64035151'));
    const { field, router } = renderSearch(network);
    await userEvent.type(field(), '919988221100{Enter}');
    expect(router.state.location.pathname).toBe('/');
    expect(lookups(network)).toEqual([]);
    expect(field()).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('status')).toHaveTextContent('Several searches fit: choose one');
    const listbox = screen.getByRole('listbox', { name: 'Search choices' });
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual([
      'Find by mobile',
      'Open member 919988221100',
      'Find by card number',
      'Find by external ID',
    ]);
    expect(listbox).toBeInTheDocument();

    await userEvent.keyboard('{ArrowDown}{ArrowDown}{ArrowUp}');
    const mobile = screen.getByRole('option', { name: 'Find by mobile' });
    expect(mobile).toHaveAttribute('aria-selected', 'true');
    expect(field()).toHaveAttribute('aria-activedescendant', mobile.id);
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(router.state.location.pathname).toBe('/members/64035151'));
    expect(lookups(network)).toEqual(['mobile=919988221100']);
  });

  it('opens a member id straight from its option, asking nothing', async () => {
    const network = fakeNetwork();
    const { field, router } = renderSearch(network);
    await userEvent.type(field(), '919988221100');
    await userEvent.click(screen.getByRole('option', { name: 'Open member 919988221100' }));
    expect(router.state.location.pathname).toBe('/members/919988221100');
    expect(network.calls).toEqual([]);
  });

  it('opens a number too short to be a mobile as a member id on Enter', async () => {
    const { field, router } = renderSearch();
    await userEvent.type(field(), '4035151{Enter}');
    expect(router.state.location.pathname).toBe('/members/4035151');
  });

  it('finds by card number when chosen', async () => {
    const network = fakeNetwork().on(LOOKUP, found(900000001));
    const { field, router } = renderSearch(network);
    await userEvent.type(field(), '7031 0009 0000 0001');
    await userEvent.click(screen.getByRole('option', { name: 'Find by card number' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/members/900000001'));
    expect(lookups(network)).toEqual(['cardnumber=7031000900000001']);
  });

  it('says no member was found for that identifier, with the upstream message, and keeps the choices', async () => {
    const network = fakeNetwork().on(LOOKUP, notFound);
    const { field, router } = renderSearch(network);
    await userEvent.type(field(), 'MP-404');
    await userEvent.click(screen.getByRole('option', { name: 'Find by external ID' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('No member found for that external ID');
    expect(alert).toHaveTextContent('The server said: Customer not found');
    expect(screen.getByRole('option', { name: 'Find by card number' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/');

    await userEvent.type(field(), '1');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('explains text that fits no search, and asks nothing', async () => {
    const network = fakeNetwork();
    const { field } = renderSearch(network);
    await userEvent.type(field(), 'asha@{Enter}');
    expect(screen.getByRole('alert')).toHaveTextContent('That is not a complete email address.');
    expect(field()).toHaveAttribute('aria-invalid', 'true');
    expect(field()).toHaveAccessibleDescription(/That is not a complete email address\./);
    expect(network.calls).toEqual([]);
    await userEvent.type(field(), 'example.com');
    expect(field()).toHaveAttribute('aria-invalid', 'false');
  });

  it.each([
    [
      { status: 504, body: { data: null, errors: [{ code: 'MP_UPSTREAM_TIMEOUT', message: 'Timed out' }] } },
      'Capillary did not answer in time. Try again in a moment.',
    ],
    [
      {
        status: 502,
        body: { data: null, errors: [{ code: 'MP_UPSTREAM_FAILED', message: 'Capillary answered 500' }] },
      },
      'Capillary is unavailable. Try again in a moment.',
    ],
    [
      {
        status: 400,
        body: { data: null, errors: [{ code: 'MP_INVALID_REQUEST', message: 'identifierValue: too long' }] },
      },
      'That email address was not accepted',
    ],
  ])('explains a failed lookup (%o) in words', async (reply, words) => {
    const { field } = renderSearch(fakeNetwork().on(LOOKUP, reply));
    await userEvent.type(field(), 'a@example.com{Enter}');
    expect(await screen.findByRole('alert')).toHaveTextContent(words);
  });

  it('says what it is looking up, and typing meanwhile cancels the search', async () => {
    const slow = deferred(found(900000001));
    const { field, router } = renderSearch(fakeNetwork().on(LOOKUP, slow.respond));
    await userEvent.type(field(), 'a@example.com{Enter}');
    expect(await screen.findByRole('status')).toHaveTextContent('Looking up the email address…');
    await userEvent.type(field(), 'u');
    slow.release();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(router.state.location.pathname).toBe('/');
    expect(field()).toHaveValue('a@example.comu');
  });

  it('closes its list with Escape, then clears the text with a second Escape', async () => {
    const { field } = renderSearch();
    await userEvent.type(field(), 'MP-1');
    expect(screen.getByRole('listbox')).toBeInTheDocument();
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
    expect(field()).toHaveAttribute('aria-expanded', 'false');
    expect(field()).toHaveValue('MP-1');
    await userEvent.keyboard('{Escape}');
    expect(field()).toHaveValue('');
    await userEvent.keyboard('{ArrowDown}');
    expect(field()).toHaveAttribute('aria-expanded', 'false');
  });

  it('closes when focus leaves it', async () => {
    const { field } = renderSearch();
    await userEvent.type(field(), 'MP-1');
    await userEvent.tab();
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
  });

  it('lists the recent members when empty and focused, opens one, and clears them', async () => {
    recordRecentMember({ userId: '900000001', name: 'Asha Rao' }, 1);
    recordRecentMember({ userId: '64035151', name: 'Tom Sawyer' }, 2);
    const { field, router } = renderSearch();
    await userEvent.click(field());
    expect(screen.getByRole('listbox', { name: 'Recent members' })).toBeInTheDocument();
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual([
      'Tom Sawyer Member ID 64035151',
      'Asha Rao Member ID 900000001',
      'Clear recent members',
    ]);
    await userEvent.keyboard('{ArrowDown}{ArrowDown}{Enter}');
    expect(router.state.location.pathname).toBe('/members/900000001');

    await userEvent.click(field());
    await userEvent.click(screen.getByRole('option', { name: 'Clear recent members' }));
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
    expect(localStorage.getItem('mp.recentMembers')).toBeNull();
  });

  it('in the hero variant shows its label, its hint and a Search button', async () => {
    const network = fakeNetwork().on(LOOKUP, found(900000001));
    const { router } = renderSearch(network, 'hero');
    expect(screen.getByText('Find a member')).toBeVisible();
    expect(screen.getByText(/Press \/ to search from any page\./)).toBeInTheDocument();
    await userEvent.type(screen.getByRole('combobox', { name: 'Find a member' }), 'asha.rao@example.com');
    await userEvent.click(screen.getByRole('button', { name: 'Search' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/members/900000001'));
  });
});
