import { describe, expect, it } from 'vitest';

import { ApiError } from '../../../lib/api-client';
import { fakeNetwork } from '../../../testing/fake-network';
import { lookupMember, lookupPath } from './lookup-member';

const answer = (userId: unknown) => ({ data: { userId }, errors: [], warnings: [] });

describe('lookupMember', () => {
  it('asks the proxy by identifier name and value, encoded', () => {
    expect(lookupPath({ kind: 'email', value: 'a+b@example.com' })).toBe(
      '/api/v2/customers/lookup?identifierName=email&identifierValue=a%2Bb%40example.com',
    );
  });

  it('gives the member id as a string, whether it came as a number or a string', async () => {
    const network = fakeNetwork().on('/api/v2/customers/lookup', (url) =>
      url.searchParams.get('identifierName') === 'mobile'
        ? { body: answer(900000001) }
        : { body: answer('64035151') },
    );
    await expect(lookupMember(network.client, { kind: 'mobile', value: '919988221101' })).resolves.toBe(
      '900000001',
    );
    await expect(lookupMember(network.client, { kind: 'email', value: 'a@b.co' })).resolves.toBe('64035151');
    expect(network.calls[0]?.url.searchParams.get('identifierValue')).toBe('919988221101');
  });

  it('refuses an id that is not a member id, or a number that lost digits in JSON', async () => {
    for (const userId of [0, '0123', 'abc', 2 ** 53 + 2, null]) {
      const network = fakeNetwork().on('/api/v2/customers/lookup', { body: answer(userId) });
      await expect(lookupMember(network.client, { kind: 'mobile', value: '919988221100' })).rejects.toThrow();
    }
  });

  it('passes a not-found answer on as an ApiError with the upstream message', async () => {
    const network = fakeNetwork().on('/api/v2/customers/lookup', {
      status: 404,
      body: { data: null, errors: [{ code: 8015, message: 'Customer not found' }], warnings: [] },
    });
    const failure = lookupMember(network.client, { kind: 'cardnumber', value: '7031' });
    await expect(failure).rejects.toBeInstanceOf(ApiError);
    await expect(failure).rejects.toMatchObject({
      status: 404,
      code: 8015,
      messages: ['Customer not found'],
    });
  });
});
