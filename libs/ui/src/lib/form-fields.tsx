import {
  Checkbox,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Select,
  SelectOption,
  Textarea,
  Textbox,
} from '@utrecht/component-library-react';
import type {
  InputHTMLAttributes,
  ReactNode,
  SelectHTMLAttributes,
  TextareaHTMLAttributes,
} from 'react';

/** What every field shows around its control: a label, an optional hint and the error of the server or the form. */
export interface FieldFrameProps {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
}

/** The attributes that tie a control to its label, hint and error (read out by screen readers). */
function describedBy({ id, hint, error }: FieldFrameProps) {
  const ids = [hint ? `${id}-hint` : undefined, error ? `${id}-error` : undefined].filter(Boolean);
  return {
    id,
    'aria-describedby': ids.length > 0 ? ids.join(' ') : undefined,
    'aria-invalid': error ? true : undefined,
  } as const;
}

function FieldFrame({
  id,
  label,
  hint,
  error,
  type,
  children,
}: FieldFrameProps & { type?: string; children: ReactNode }) {
  return (
    <FormField type={type} invalid={Boolean(error)}>
      <div className="utrecht-form-field__label">
        <FormLabel htmlFor={id}>{label}</FormLabel>
      </div>
      {hint && <FormFieldDescription id={`${id}-hint`}>{hint}</FormFieldDescription>}
      {error && <FormFieldErrorMessage id={`${id}-error`}>{error}</FormFieldErrorMessage>}
      <div className="utrecht-form-field__input">{children}</div>
    </FormField>
  );
}

export type TextFieldProps = FieldFrameProps & Omit<InputHTMLAttributes<HTMLInputElement>, 'id'>;

/** A labelled text, number, date or search input. */
export function TextField({ id, label, hint, error, ...input }: TextFieldProps) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} type="text">
      <Textbox {...input} {...describedBy({ id, label, hint, error })} invalid={Boolean(error)} />
    </FieldFrame>
  );
}

export type TextareaFieldProps = FieldFrameProps &
  Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'>;

export function TextareaField({ id, label, hint, error, ...textarea }: TextareaFieldProps) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} type="textarea">
      <Textarea
        {...textarea}
        {...describedBy({ id, label, hint, error })}
        invalid={Boolean(error)}
      />
    </FieldFrame>
  );
}

export interface SelectOptionItem {
  value: string;
  label: string;
}

export type SelectFieldProps = FieldFrameProps &
  Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id'> & {
    options: readonly SelectOptionItem[];
    /** A first option with an empty value (e.g. "Kies een PI"), for a choice that is not made yet. */
    placeholder?: string;
  };

export function SelectField({
  id,
  label,
  hint,
  error,
  options,
  placeholder,
  ...select
}: SelectFieldProps) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} type="select">
      <Select {...select} {...describedBy({ id, label, hint, error })} invalid={Boolean(error)}>
        {placeholder !== undefined && <SelectOption value="">{placeholder}</SelectOption>}
        {options.map((option) => (
          <SelectOption key={option.value} value={option.value}>
            {option.label}
          </SelectOption>
        ))}
      </Select>
    </FieldFrame>
  );
}

export type CheckboxFieldProps = FieldFrameProps &
  Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'type'>;

/** A checkbox with its label beside it, as the design system shows one. */
export function CheckboxField({ id, label, hint, error, ...input }: CheckboxFieldProps) {
  return (
    <FormField type="checkbox" invalid={Boolean(error)}>
      <div className="utrecht-form-field__input">
        <Checkbox
          {...input}
          {...describedBy({ id, label, hint, error })}
          invalid={Boolean(error)}
        />
      </div>
      <div className="utrecht-form-field__label utrecht-form-field__label--checkbox">
        <FormLabel htmlFor={id} type="checkbox">
          {label}
        </FormLabel>
      </div>
      {hint && <FormFieldDescription id={`${id}-hint`}>{hint}</FormFieldDescription>}
      {error && <FormFieldErrorMessage id={`${id}-error`}>{error}</FormFieldErrorMessage>}
    </FormField>
  );
}

export interface FieldGroupProps {
  legend: ReactNode;
  hint?: ReactNode;
  error?: string;
  id: string;
  children: ReactNode;
}

/** A group of fields or checkboxes under one legend (e.g. preferences, consent). */
export function FieldGroup({ legend, hint, error, id, children }: FieldGroupProps) {
  const ids = [hint ? `${id}-hint` : undefined, error ? `${id}-error` : undefined]
    .filter(Boolean)
    .join(' ');
  return (
    <Fieldset id={id} aria-describedby={ids || undefined} invalid={Boolean(error)}>
      <FieldsetLegend>{legend}</FieldsetLegend>
      {hint && <FormFieldDescription id={`${id}-hint`}>{hint}</FormFieldDescription>}
      {error && <FormFieldErrorMessage id={`${id}-error`}>{error}</FormFieldErrorMessage>}
      {children}
    </Fieldset>
  );
}
