import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { ContractError, PROXY_ERROR_CODES } from '../../../../contract';
import { ApiError } from '../../../lib/api-client';
import { MemberErrorAlert } from './member-error-alert';

describe('MemberErrorAlert', () => {
  it('says an unknown member was not found, with the upstream message, and offers no retry', () => {
    render(
      <MemberErrorAlert
        error={new ApiError({ status: 400, code: 310011, messages: ['Invalid userId'] })}
        userId="99999"
        onRetry={() => {}}
        retrying={false}
      />,
    );
    const alert = screen.getByRole('alert', { name: 'Member not found' });
    expect(alert).toHaveTextContent('No member with ID 99999 in this programme.');
    expect(alert).toHaveTextContent('Invalid userId');
    expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
  });

  it('names why the upstream failed and retries on request', async () => {
    const onRetry = vi.fn();
    render(
      <MemberErrorAlert
        error={
          new ApiError({
            status: 502,
            code: PROXY_ERROR_CODES.credentialsRefused,
            messages: ['401 from Capillary'],
          })
        }
        userId="1"
        onRetry={onRetry}
        retrying={false}
      />,
    );
    expect(screen.getByRole('alert')).toHaveTextContent(
      "The dashboard's Capillary credentials were refused — tell an administrator",
    );
    expect(screen.getByRole('alert')).toHaveTextContent('401 from Capillary');
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(onRetry).toHaveBeenCalledOnce();
  });

  it('keeps the technical detail of an unreadable answer', () => {
    render(
      <MemberErrorAlert
        error={new ContractError('Not a Capillary response')}
        userId="1"
        onRetry={() => {}}
        retrying
      />,
    );
    expect(screen.getByRole('alert')).toHaveTextContent("Capillary's answer could not be read");
    expect(screen.getByText('Not a Capillary response')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Trying again…' })).toBeDisabled();
  });

  it('says when to try again after a rate limit or an open breaker, from Retry-After', () => {
    const { rerender } = render(
      <MemberErrorAlert
        error={
          new ApiError({
            status: 429,
            code: PROXY_ERROR_CODES.rateLimited,
            messages: ['You are sending requests faster than the dashboard allows.'],
            retryAfterSeconds: 42,
          })
        }
        userId="1"
        onRetry={() => {}}
        retrying={false}
      />,
    );
    const alert = screen.getByRole('alert', { name: 'Could not load this member' });
    expect(alert).toHaveTextContent(
      'You have sent more requests in the last minute than the dashboard allows. Try again in 42 seconds.',
    );
    expect(screen.getByRole('button', { name: 'Try again' })).toBeEnabled();
    rerender(
      <MemberErrorAlert
        error={
          new ApiError({
            status: 503,
            code: PROXY_ERROR_CODES.upstreamCircuitOpen,
            messages: [],
            retryAfterSeconds: 30,
          })
        }
        userId="1"
        onRetry={() => {}}
        retrying={false}
      />,
    );
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Capillary has been failing, so the dashboard is giving it a short rest. Try again in 30 seconds.',
    );
  });
});
