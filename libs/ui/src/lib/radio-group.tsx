import {
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  RadioButton,
} from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import './radio-group.css';

export interface RadioOption {
  value: string;
  label: ReactNode;
  /** One line under the option's label. */
  hint?: ReactNode;
}

export interface RadioGroupProps {
  /** Id of the fieldset; each option gets `${id}-${index}`. */
  id: string;
  /** The name of the radio buttons (one group). */
  name: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: string;
  options: readonly RadioOption[];
  /** The chosen value ('' or undefined: none chosen yet). */
  value: string | undefined;
  onChange(value: string): void;
  onBlur?(): void;
}

/**
 * One choice out of a few, as radio buttons under a legend: operated with the arrow keys, each
 * option labelled, the group's hint and error read out with it.
 */
export function RadioGroup({
  id,
  name,
  legend,
  hint,
  error,
  options,
  value,
  onChange,
  onBlur,
}: RadioGroupProps) {
  const describedBy = [hint ? `${id}-hint` : undefined, error ? `${id}-error` : undefined]
    .filter(Boolean)
    .join(' ');
  return (
    <Fieldset
      id={id}
      className="bridge-radio-group"
      aria-describedby={describedBy || undefined}
      invalid={Boolean(error)}
    >
      <FieldsetLegend>{legend}</FieldsetLegend>
      {hint && <FormFieldDescription id={`${id}-hint`}>{hint}</FormFieldDescription>}
      {error && <FormFieldErrorMessage id={`${id}-error`}>{error}</FormFieldErrorMessage>}
      {options.map((option, index) => {
        const optionId = `${id}-${index}`;
        return (
          <FormField key={option.value} type="radio">
            <div className="utrecht-form-field__input">
              <RadioButton
                id={optionId}
                name={name}
                value={option.value}
                checked={value === option.value}
                invalid={Boolean(error)}
                aria-describedby={option.hint ? `${optionId}-hint` : undefined}
                onChange={() => onChange(option.value)}
                onBlur={onBlur}
              />
            </div>
            <div className="utrecht-form-field__label utrecht-form-field__label--radio">
              <FormLabel htmlFor={optionId} type="radio">
                {option.label}
              </FormLabel>
            </div>
            {option.hint && (
              <FormFieldDescription id={`${optionId}-hint`}>{option.hint}</FormFieldDescription>
            )}
          </FormField>
        );
      })}
    </Fieldset>
  );
}
