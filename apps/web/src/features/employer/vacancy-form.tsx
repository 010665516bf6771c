import type { EmployersSchemas } from '@bridge/api-client';
import {
  CheckboxField,
  SelectField,
  TextareaField,
  TextField,
  type SelectOptionItem,
} from '@bridge/ui';
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm, type Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { municipalityOptions } from '../../shared/reference';
import { OfferForm, QualificationsField, useOfferSubmit } from './offer-form';

type Vacancy = EmployersSchemas['schemas']['VacancyView'];

/** The limits of the employers service's CreateVacancyDto. */
export const VACANCY_LIMITS = {
  title: 200,
  description: 5000,
  hoursMin: 1,
  hoursMax: 60,
  openingsMin: 1,
  openingsMax: 1000,
  qualificationsMax: 20,
} as const;

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function today() {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function useVacancySchema(withCovenant: boolean) {
  const { t } = useTranslation('employer');
  const whole = (min: number, max: number, message: string) =>
    z
      .string()
      .trim()
      .min(1, { message: t('form.required') })
      .refine((value) => /^\d+$/.test(value) && Number(value) >= min && Number(value) <= max, {
        message,
      });
  return z.object({
    covenantId: withCovenant
      ? z.string().min(1, { message: t('vacancyForm.covenantRequired') })
      : z.string(),
    title: z
      .string()
      .trim()
      .min(1, { message: t('form.required') })
      .max(VACANCY_LIMITS.title, { message: t('form.tooLong', { max: VACANCY_LIMITS.title }) }),
    description: z.string().max(VACANCY_LIMITS.description, {
      message: t('form.tooLong', { max: VACANCY_LIMITS.description }),
    }),
    municipalityCode: z.string().min(1, { message: t('vacancyForm.municipalityRequired') }),
    hoursPerWeek: whole(
      VACANCY_LIMITS.hoursMin,
      VACANCY_LIMITS.hoursMax,
      t('vacancyForm.hoursRange', { min: 1, max: 60 }),
    ),
    startDate: z.string().regex(DATE, { message: t('form.date') }),
    openings: whole(
      VACANCY_LIMITS.openingsMin,
      VACANCY_LIMITS.openingsMax,
      t('vacancyForm.openingsRange', { min: 1, max: 1000 }),
    ),
    requiredQualifications: z.array(z.string()).max(VACANCY_LIMITS.qualificationsMax),
    preferredQualifications: z.array(z.string()).max(VACANCY_LIMITS.qualificationsMax),
    requiresVog: z.boolean(),
    expiresOn: z
      .string()
      .refine((value) => value === '' || DATE.test(value), { message: t('form.date') })
      .refine((value) => value === '' || value >= today(), {
        message: t('vacancyForm.expiresInPast'),
      }),
  });
}

export type VacancyValues = z.infer<ReturnType<typeof useVacancySchema>>;

const FIELDS: readonly Path<VacancyValues>[] = [
  'covenantId',
  'title',
  'description',
  'municipalityCode',
  'hoursPerWeek',
  'startDate',
  'openings',
  'requiredQualifications',
  'preferredQualifications',
  'requiresVog',
  'expiresOn',
];

export function vacancyValues(vacancy?: Vacancy): VacancyValues {
  return {
    covenantId: vacancy?.covenantId ?? '',
    title: vacancy?.title ?? '',
    description: vacancy?.description ?? '',
    municipalityCode: vacancy?.municipalityCode ?? '',
    hoursPerWeek: vacancy ? String(vacancy.hoursPerWeek) : '',
    startDate: vacancy?.startDate ?? '',
    openings: vacancy ? String(vacancy.openings) : '1',
    requiredQualifications: vacancy?.requiredQualifications ?? [],
    preferredQualifications: vacancy?.preferredQualifications ?? [],
    requiresVog: vacancy?.requiresVog ?? false,
    expiresOn: vacancy?.expiresOn ?? '',
  };
}

/** The body of POST /vacancies (PATCH takes the same but covenantId). */
export function vacancyBody(values: VacancyValues) {
  return {
    title: values.title.trim(),
    description: values.description.trim() ? values.description.trim() : null,
    municipalityCode: values.municipalityCode,
    hoursPerWeek: Number(values.hoursPerWeek),
    startDate: values.startDate,
    openings: Number(values.openings),
    requiredQualifications: values.requiredQualifications,
    preferredQualifications: values.preferredQualifications,
    requiresVog: values.requiresVog,
    expiresOn: values.expiresOn || null,
  };
}

export interface VacancyFormProps {
  initial?: Vacancy;
  /** The employer's active covenants; the choice is only offered on create. */
  covenants?: readonly SelectOptionItem[];
  submitLabel: string;
  /** Saves; throws a ProblemError on a 4xx (nothing is changed then). */
  onSubmit(values: VacancyValues): Promise<unknown>;
  onCancel?(): void;
}

/** Create or edit a vacancy, with the limits of the service checked before sending. */
export function VacancyForm({
  initial,
  covenants,
  submitLabel,
  onSubmit,
  onCancel,
}: VacancyFormProps) {
  const { t } = useTranslation('employer');
  const withCovenant = covenants !== undefined;
  const schema = useVacancySchema(withCovenant);
  const { register, control, handleSubmit, setError, formState } = useForm<VacancyValues>({
    resolver: zodResolver(schema),
    defaultValues: vacancyValues(initial),
  });
  const errors = formState.errors;

  const { formError, submit } = useOfferSubmit({
    ns: 'employer',
    handleSubmit,
    setError,
    fields: FIELDS,
    onSubmit,
  });

  return (
    <OfferForm
      ns="employer"
      formError={formError}
      onSubmit={submit}
      submitLabel={submitLabel}
      busy={formState.isSubmitting}
      onCancel={onCancel}
    >
      {withCovenant && (
        <SelectField
          id="vacancy-covenant"
          label={t('vacancyForm.covenant')}
          hint={t('vacancyForm.covenantHint')}
          placeholder={t('form.choose')}
          options={covenants}
          error={errors.covenantId?.message}
          {...register('covenantId')}
        />
      )}
      <TextField
        id="vacancy-title"
        label={t('vacancyForm.title')}
        error={errors.title?.message}
        maxLength={VACANCY_LIMITS.title}
        {...register('title')}
      />
      <TextareaField
        id="vacancy-description"
        label={t('vacancyForm.description')}
        hint={t('vacancyForm.descriptionHint')}
        error={errors.description?.message}
        rows={5}
        {...register('description')}
      />
      <SelectField
        id="vacancy-municipality"
        label={t('vacancyForm.municipality')}
        placeholder={t('form.choose')}
        options={municipalityOptions}
        error={errors.municipalityCode?.message}
        {...register('municipalityCode')}
      />
      <TextField
        id="vacancy-hours"
        label={t('vacancyForm.hours')}
        hint={t('vacancyForm.hoursHint')}
        inputMode="numeric"
        error={errors.hoursPerWeek?.message}
        {...register('hoursPerWeek')}
      />
      <TextField
        id="vacancy-start"
        type="date"
        label={t('vacancyForm.startDate')}
        hint={t('vacancyForm.startDateHint')}
        error={errors.startDate?.message}
        {...register('startDate')}
      />
      <TextField
        id="vacancy-openings"
        label={t('vacancyForm.openings')}
        hint={t('vacancyForm.openingsHint')}
        inputMode="numeric"
        error={errors.openings?.message}
        {...register('openings')}
      />
      <QualificationsField
        control={control}
        name="requiredQualifications"
        id="vacancy-required"
        legend={t('vacancyForm.required')}
        hint={t('vacancyForm.requiredHint')}
      />
      <QualificationsField
        control={control}
        name="preferredQualifications"
        id="vacancy-preferred"
        legend={t('vacancyForm.preferred')}
        hint={t('vacancyForm.preferredHint')}
      />
      <CheckboxField
        id="vacancy-vog"
        label={t('vacancyForm.requiresVog')}
        hint={t('vacancyForm.requiresVogHint')}
        error={errors.requiresVog?.message}
        {...register('requiresVog')}
      />
      <TextField
        id="vacancy-expires"
        type="date"
        label={t('vacancyForm.expiresOn')}
        hint={t('vacancyForm.expiresOnHint')}
        error={errors.expiresOn?.message}
        {...register('expiresOn')}
      />
    </OfferForm>
  );
}
