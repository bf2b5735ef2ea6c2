import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { buildCustomer } from '../testing/builders';
import { LoyaltySection } from './loyalty-section';

describe('LoyaltySection', () => {
  it('shows loyalty type, lifetime purchases and who created and updated it', () => {
    render(<LoyaltySection customer={{ ok: true, customer: buildCustomer() }} />);
    const section = screen.getByRole('region', { name: 'Loyalty' });
    expect(section).toHaveTextContent('Loyalty typeloyalty');
    expect(section).toHaveTextContent('Lifetime purchases23,508');
    expect(section).toHaveTextContent('Created onJan 17, 2024, 7:00 AM');
    expect(section).toHaveTextContent('Created by#75109398');
    expect(section).toHaveTextContent('Updated onApr 19, 2024, 7:39 AM');
    expect(section).toHaveTextContent('Updated by#75122513');
  });

  it('names the kind of actor in words', () => {
    const customer = buildCustomer({
      loyaltyInfo: {
        attribution: { createdBy: { id: 1, code: 'till.marketsuper', name: null, type: 'TILL' } },
        loyaltyType: 'loyalty',
        lifetimePurchases: 0,
      },
    });
    render(<LoyaltySection customer={{ ok: true, customer }} />);
    expect(screen.getByRole('region', { name: 'Loyalty' })).toHaveTextContent(
      'Created bytill.marketsuper (Till)',
    );
  });

  it('says when there are no loyalty details', () => {
    render(<LoyaltySection customer={{ ok: true, customer: buildCustomer({ loyaltyInfo: null }) }} />);
    expect(screen.getByText('No loyalty details for this member.')).toBeInTheDocument();
  });
});
