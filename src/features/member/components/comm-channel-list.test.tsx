import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { commChannelSchema } from '../../../../contract';
import { CommChannelList } from './comm-channel-list';

const channel = (raw: Record<string, unknown>) => commChannelSchema.parse(raw);

describe('CommChannelList', () => {
  it('lists each channel with its type, value and flags in words', () => {
    render(
      <CommChannelList
        channels={[
          channel({
            type: 'email',
            value: 'tom.sawyer@capillarytech.com',
            primary: true,
            verified: true,
            subscribed: false,
          }),
          channel({
            type: 'mobile',
            value: '919988221100',
            primary: false,
            verified: false,
            subscribed: null,
          }),
          channel({ type: 'wechat', value: 'tom_s', subscribed: true }),
        ]}
      />,
    );
    const items = within(screen.getByRole('list', { name: 'Contact channels' })).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent('Email tom.sawyer@capillarytech.com Primary Verified Not subscribed');
    expect(items[1]).toHaveTextContent('Mobile 919988221100 Not verified Subscription unknown');
    expect(items[1]).not.toHaveTextContent('Primary');
    expect(items[2]).toHaveTextContent('wechat tom_s Subscribed');
  });

  it('says when there are none', () => {
    render(<CommChannelList channels={[]} />);
    expect(screen.getByText('No contact channels')).toBeInTheDocument();
  });
});
