import { useId, useRef, useState, type FormEvent } from 'react';
import type { CrimeCategory, Term } from '../../data/schemas/reference';
import type { CompareItem } from './compare-items';

type Props = {
  chosen: readonly CompareItem[];
  categories: readonly CrimeCategory[];
  terms: readonly Term[];
  onChange: (ids: string[]) => void;
};

/**
 * The items in the comparison, each with its own Remove, and a list of the others to add. Native
 * controls, so keyboard, touch and screen readers work as they expect. After a removal, focus
 * goes to the list of items to add, rather than to the page's top with the button gone.
 */
export function ItemPicker({ chosen, categories, terms, onChange }: Props) {
  const selectId = useId();
  const selectRef = useRef<HTMLSelectElement>(null);
  const ids = chosen.map((item) => item.id);
  const [choice, setChoice] = useState('');
  const available = {
    categories: categories.filter((category) => !ids.includes(category.id)),
    terms: terms.filter((term) => !ids.includes(term.id)),
  };
  const add = (event: FormEvent) => {
    event.preventDefault();
    const id = choice || selectRef.current?.value;
    if (!id || ids.includes(id)) return;
    onChange([...ids, id]);
    setChoice('');
  };
  const remove = (id: string) => {
    onChange(ids.filter((other) => other !== id));
    selectRef.current?.focus();
  };
  return (
    <section className="compare-picker" aria-labelledby={`${selectId}-heading`}>
      <h2 id={`${selectId}-heading`}>What is compared</h2>
      {chosen.length > 0 ? (
        <ul className="compare-chosen">
          {chosen.map((item) => (
            <li key={item.id}>
              <span className="compare-chosen-name">{item.name}</span>{' '}
              <span className="muted">
                (
                {item.kind === 'crime'
                  ? 'crime category'
                  : `legal definition, ${item.term.pinpoint}`}
                )
              </span>{' '}
              <button
                type="button"
                className="button-quiet compare-remove"
                aria-label={`Remove ${item.name}`}
                onClick={() => remove(item.id)}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p>Nothing yet: add two or more definitions or crime categories below.</p>
      )}
      <form className="compare-add" onSubmit={add}>
        <label htmlFor={selectId}>Add a definition or crime category</label>
        <div className="compare-add-row">
          <select
            id={selectId}
            ref={selectRef}
            value={choice}
            onChange={(event) => setChoice(event.target.value)}
          >
            <option value="">Choose one…</option>
            {available.categories.length > 0 && (
              <optgroup label="Crime categories">
                {available.categories.map((category) => (
                  <option key={category.id} value={category.id}>
                    {category.name}
                  </option>
                ))}
              </optgroup>
            )}
            {available.terms.length > 0 && (
              <optgroup label="Legal definitions">
                {available.terms.map((term) => (
                  <option key={term.id} value={term.id}>
                    {term.term} ({term.pinpoint})
                  </option>
                ))}
              </optgroup>
            )}
          </select>
          <button type="submit" className="button-quiet compare-add-button" disabled={!choice}>
            Add
          </button>
        </div>
      </form>
    </section>
  );
}
