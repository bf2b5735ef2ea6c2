import type { QueryClassification, SearchChoice } from './classify-query';
import type { RecentMember } from './recent-members';
import { choiceLabel } from './search-labels';

/** One row of the search's list: a way to search, a recent member, or the button that clears them. */
export type SearchOption =
  | { type: 'choice'; choice: SearchChoice; label: string }
  | { type: 'recent'; member: RecentMember; label: string }
  | { type: 'clear-recent'; label: string };

export const CLEAR_RECENT_LABEL = 'Clear recent members';

/**
 * What the list offers: with nothing typed, the recent members (and a way to clear them); otherwise
 * every search the text could be.
 */
export function searchOptions(
  value: string,
  classification: QueryClassification,
  recents: RecentMember[],
): SearchOption[] {
  if (value.trim() === '') {
    if (recents.length === 0) return [];
    return [
      ...recents.map((member): SearchOption => ({ type: 'recent', member, label: member.name })),
      { type: 'clear-recent', label: CLEAR_RECENT_LABEL },
    ];
  }
  return classification.choices.map((choice) => ({ type: 'choice', choice, label: choiceLabel(choice) }));
}
