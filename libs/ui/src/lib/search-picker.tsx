import { Paragraph } from '@utrecht/component-library-react';
import './search-picker.css';
import { Fragment, type KeyboardEvent, type ReactNode } from 'react';
import { Button } from './actions';
import { FieldGroup, TextField } from './form-fields';

export interface PickerItem {
  value: string;
  label: string;
  /** A heading the item is listed under among the results (e.g. its domain); items without one come first. */
  group?: string;
}

export interface SearchPickerProps {
  /** Id of the group; the search box is `${id}-search`. */
  id: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: string;
  /** Label of the search box, e.g. "Zoek op naam of crebo". */
  searchLabel: string;
  query: string;
  onQueryChange(query: string): void;
  /** The items found for the query (the chosen ones are left out here), in the order to show. */
  results: readonly PickerItem[];
  /** Controls that narrow the search (e.g. a domain select), shown above the search box. */
  filters?: ReactNode;
  /** A line on the search's state: "3 gevonden", "Bezig met zoeken…", "Niets gevonden"; read out politely. */
  status?: string;
  resultsLabel: string;
  selected: readonly PickerItem[];
  selectedLabel: string;
  /** Shown instead of the chosen list when nothing is chosen yet. */
  noneSelected?: string;
  addText: string;
  removeText: string;
  /** Accessible names of the buttons, e.g. "Basislasser toevoegen". */
  addLabel(item: PickerItem): string;
  removeLabel(item: PickerItem): string;
  onAdd(item: PickerItem): void;
  onRemove(item: PickerItem): void;
  /** The most items that can be chosen; at the limit the search box is hidden. */
  max?: number;
  maxReached?: string;
}

/**
 * Choose one or more items by searching: a search box, the items found as a list with an add
 * button each, and the chosen items listed with a remove button each. Plain buttons and lists,
 * so it works with the keyboard and a screen reader without a combobox widget. Enter in the
 * search box never submits the surrounding form. The search itself is the caller's (no API here).
 */
export function SearchPicker({
  id,
  legend,
  hint,
  error,
  searchLabel,
  query,
  onQueryChange,
  results,
  filters,
  status,
  resultsLabel,
  selected,
  selectedLabel,
  noneSelected,
  addText,
  removeText,
  addLabel,
  removeLabel,
  onAdd,
  onRemove,
  max,
  maxReached,
}: SearchPickerProps) {
  const searchId = `${id}-search`;
  const full = max !== undefined && selected.length >= max;
  const chosen = new Set(selected.map((item) => item.value));
  const found = results.filter((item) => !chosen.has(item.value));
  const focusSearch = () => setTimeout(() => document.getElementById(searchId)?.focus(), 0);
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') event.preventDefault();
  };
  const resultItem = (item: PickerItem) => (
    <li key={item.value} className="bridge-picker__item">
      <span>{item.label}</span>
      <Button
        aria-label={addLabel(item)}
        onClick={() => {
          onAdd(item);
          focusSearch();
        }}
      >
        {addText}
      </Button>
    </li>
  );
  const groups = groupsOf(found);

  return (
    <FieldGroup id={id} legend={legend} hint={hint} error={error}>
      <div className="bridge-picker">
        {selected.length > 0 ? (
          <ul className="bridge-picker__chosen" aria-label={selectedLabel}>
            {selected.map((item) => (
              <li key={item.value} className="bridge-picker__item">
                <span>{item.label}</span>
                <Button
                  appearance="subtle"
                  aria-label={removeLabel(item)}
                  onClick={() => {
                    onRemove(item);
                    focusSearch();
                  }}
                >
                  {removeText}
                </Button>
              </li>
            ))}
          </ul>
        ) : (
          noneSelected && <Paragraph className="bridge-picker__none">{noneSelected}</Paragraph>
        )}
        {full ? (
          maxReached && <Paragraph>{maxReached}</Paragraph>
        ) : (
          <>
            {filters}
            <TextField
              id={searchId}
              label={searchLabel}
              type="search"
              autoComplete="off"
              value={query}
              onChange={(event) => onQueryChange(event.target.value)}
              onKeyDown={onKeyDown}
            />
            <p className="bridge-picker__status" role="status" aria-live="polite">
              {status}
            </p>
            {found.length > 0 && (
              <ul className="bridge-picker__results" aria-label={resultsLabel}>
                {groups.map(({ group, items }) =>
                  group === undefined ? (
                    <Fragment key="ungrouped">{items.map(resultItem)}</Fragment>
                  ) : (
                    <li key={`group:${group}`} className="bridge-picker__group">
                      <span className="bridge-picker__group-name" id={groupId(id, group)}>
                        {group}
                      </span>
                      <ul aria-labelledby={groupId(id, group)}>{items.map(resultItem)}</ul>
                    </li>
                  ),
                )}
              </ul>
            )}
          </>
        )}
      </div>
    </FieldGroup>
  );
}

/** The items by group, in the order each group first occurs; ungrouped items first, as one run. */
function groupsOf(items: readonly PickerItem[]): { group?: string; items: PickerItem[] }[] {
  const byGroup = new Map<string | undefined, PickerItem[]>([[undefined, []]]);
  for (const item of items) {
    const members = byGroup.get(item.group);
    if (members) members.push(item);
    else byGroup.set(item.group, [item]);
  }
  return [...byGroup]
    .filter(([, members]) => members.length > 0)
    .map(([group, members]) => ({ group, items: members }));
}

const groupId = (id: string, group: string) =>
  `${id}-group-${group.replace(/[^A-Za-z0-9]+/g, '-').toLowerCase()}`;
