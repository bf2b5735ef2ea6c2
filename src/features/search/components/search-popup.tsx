import type { ReactNode } from 'react';

import type { SearchOption } from '../lib/search-options';
import { SearchListbox } from './search-listbox';

type Props = {
  listboxId: string;
  listboxLabel: string;
  options: SearchOption[];
  activeIndex: number;
  optionId: (index: number) => string;
  onPick: (index: number) => void;
  /** Messages above the options: a lookup running or failed, a prompt to choose, a problem. */
  messages: ReactNode;
};

/** The panel under the search field. */
export function SearchPopup({ messages, options, listboxId, listboxLabel, ...listbox }: Props) {
  return (
    <div className="absolute inset-x-0 top-full z-30 mt-1 space-y-1 rounded-lg border border-border bg-surface p-1 text-fg shadow-lg">
      {messages}
      {options.length > 0 ? (
        <>
          {options[0]?.type === 'recent' ? (
            <p aria-hidden="true" className="px-3 pt-1 text-xs font-medium text-fg-muted">
              {listboxLabel}
            </p>
          ) : null}
          <SearchListbox {...listbox} id={listboxId} label={listboxLabel} options={options} />
        </>
      ) : null}
    </div>
  );
}
