import { cn } from '../../../lib/cn';
import type { SearchOption } from '../lib/search-options';

type Props = {
  id: string;
  label: string;
  options: SearchOption[];
  activeIndex: number;
  optionId: (index: number) => string;
  onPick: (index: number) => void;
};

function OptionContent({ option }: { option: SearchOption }) {
  if (option.type !== 'recent') return option.label;
  return (
    <>
      <span className="block font-medium break-words">{option.member.name}</span>{' '}
      <span className="block text-xs text-fg-muted tabular-nums">{`Member ID ${option.member.userId}`}</span>
    </>
  );
}

/**
 * The options of the search combobox. Focus stays in the text field (aria-activedescendant), so a
 * mouse press must not take it away before the click lands.
 */
export function SearchListbox({ id, label, options, activeIndex, optionId, onPick }: Props) {
  return (
    <ul id={id} role="listbox" aria-label={label} className="max-h-96 overflow-y-auto">
      {options.map((option, index) => (
        <li
          key={
            option.type === 'choice'
              ? option.label
              : option.type === 'recent'
                ? option.member.userId
                : 'clear'
          }
          id={optionId(index)}
          role="option"
          aria-selected={index === activeIndex}
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => onPick(index)}
          className={cn(
            'cursor-pointer rounded-md px-3 py-2 text-sm hover:bg-surface-muted',
            index === activeIndex &&
              'bg-accent-soft outline-2 -outline-offset-2 outline-accent hover:bg-accent-soft',
            option.type === 'clear-recent' && 'mt-1 border-t border-border text-accent-text',
          )}
        >
          <OptionContent option={option} />
        </li>
      ))}
    </ul>
  );
}
