import { Actions, Button } from '@bridge/ui';
import { useState, type FormEvent, type ReactNode } from 'react';
import {
  Controller,
  type Control,
  type FieldPathByValue,
  type FieldValues,
  type Path,
  type UseFormHandleSubmit,
  type UseFormSetError,
} from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormFailure } from '../../shared/form-failure';
import { applyServerErrors } from '../../shared/server-errors';
import { QualificationPicker } from './qualification-picker';

/** The areas whose forms offer something to candidates (an employer's vacancy, a school's place); their messages hold form.checkFields and cancel. */
export type OfferNamespace = 'employer' | 'school';

/**
 * Sends the form's values; on failure, the server's field errors go to the fields they name and the
 * rest (or "check the fields") is the form's error.
 */
export function useOfferSubmit<Values extends FieldValues>({
  ns,
  handleSubmit,
  setError,
  fields,
  onSubmit,
}: {
  ns: OfferNamespace;
  handleSubmit: UseFormHandleSubmit<Values>;
  setError: UseFormSetError<Values>;
  fields: readonly Path<Values>[];
  onSubmit(values: Values): Promise<unknown>;
}) {
  const { t } = useTranslation(ns);
  const [formError, setFormError] = useState<string>();
  const submit = handleSubmit(async (values) => {
    setFormError(undefined);
    try {
      await onSubmit(values);
    } catch (error) {
      setFormError(applyServerErrors(error, setError, fields) ?? t('form.checkFields'));
    }
  });
  return { formError, submit };
}

/** The frame of an offer's form: the form's error on top, the fields, then send and (if any) cancel. */
export function OfferForm({
  ns,
  formError,
  onSubmit,
  submitLabel,
  busy,
  onCancel,
  children,
}: {
  ns: OfferNamespace;
  formError?: string;
  onSubmit(event: FormEvent<HTMLFormElement>): void;
  submitLabel: string;
  busy: boolean;
  onCancel?(): void;
  children: ReactNode;
}) {
  const { t } = useTranslation(ns);
  return (
    <form noValidate onSubmit={onSubmit} className="bridge-form">
      <FormFailure message={formError} />
      {children}
      <Actions>
        <Button type="submit" appearance="primary" busy={busy}>
          {submitLabel}
        </Button>
        {onCancel && (
          <Button appearance="subtle" onClick={onCancel}>
            {t('cancel')}
          </Button>
        )}
      </Actions>
    </form>
  );
}

/** A list of qualifications (crebo codes) in a form, chosen with the qualification picker. */
export function QualificationsField<Values extends FieldValues>({
  control,
  name,
  id,
  legend,
  hint,
  max,
}: {
  control: Control<Values>;
  name: FieldPathByValue<Values, string[]>;
  id: string;
  legend: string;
  hint?: string;
  max?: number;
}) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <QualificationPicker
          id={id}
          legend={legend}
          hint={hint}
          error={fieldState.error?.message}
          value={field.value}
          onChange={field.onChange}
          max={max}
        />
      )}
    />
  );
}
