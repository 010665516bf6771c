import type { TrainingSchemas } from '@bridge/api-client';
import { SelectField, TextField, type SelectOptionItem } from '@bridge/ui';
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm, type Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { municipalityOptions } from '../../shared/reference';
import { OfferForm, QualificationsField, useOfferSubmit } from '../employer/offer-form';

type SchoolPlace = TrainingSchemas['schemas']['SchoolPlaceView'];

/** The limits of the training service's CreateSchoolPlaceDto. */
export const SCHOOL_PLACE_LIMITS = { seatsMin: 1, seatsMax: 1000, qualificationsMax: 20 } as const;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

function useSchoolPlaceSchema() {
  const { t } = useTranslation('school');
  return z.object({
    crebo: z.array(z.string()).length(1, { message: t('form.creboRequired') }),
    learningPath: z.string().refine((value): boolean => value === 'BBL' || value === 'BOL', {
      message: t('form.learningPathRequired'),
    }),
    municipalityCode: z.string().min(1, { message: t('form.municipalityRequired') }),
    startDate: z.string().regex(DATE, { message: t('form.date') }),
    seats: z
      .string()
      .trim()
      .min(1, { message: t('form.required') })
      .refine(
        (value) =>
          /^\d+$/.test(value) &&
          Number(value) >= 1 &&
          Number(value) <= SCHOOL_PLACE_LIMITS.seatsMax,
        {
          message: t('form.seatsRange', { min: 1, max: SCHOOL_PLACE_LIMITS.seatsMax }),
        },
      ),
    /** One of the school's covenants, or '' for none. */
    covenantId: z.string(),
    entryRequirements: z.object({
      minLevel: z.string(),
      requiredQualifications: z.array(z.string()).max(SCHOOL_PLACE_LIMITS.qualificationsMax),
    }),
  });
}

export type SchoolPlaceValues = z.infer<ReturnType<typeof useSchoolPlaceSchema>>;

const FIELDS: readonly Path<SchoolPlaceValues>[] = [
  'crebo',
  'learningPath',
  'municipalityCode',
  'startDate',
  'seats',
  'covenantId',
  'entryRequirements.minLevel',
  'entryRequirements.requiredQualifications',
];

export function schoolPlaceValues(place?: SchoolPlace): SchoolPlaceValues {
  return {
    crebo: place ? [place.crebo] : [],
    learningPath: place?.learningPath ?? '',
    municipalityCode: place?.municipalityCode ?? '',
    startDate: place?.startDate ?? '',
    seats: place ? String(place.seats) : '1',
    covenantId: place?.covenantId ?? '',
    entryRequirements: {
      minLevel: place?.entryRequirements.minLevel ? String(place.entryRequirements.minLevel) : '',
      requiredQualifications: place?.entryRequirements.requiredQualifications ?? [],
    },
  };
}

/** The fields of POST /school-places but brin (PATCH takes the same; there covenantId null clears it). */
export function schoolPlaceBody(values: SchoolPlaceValues) {
  const minLevel = values.entryRequirements.minLevel
    ? Number(values.entryRequirements.minLevel)
    : undefined;
  return {
    crebo: values.crebo[0],
    learningPath: values.learningPath as 'BBL' | 'BOL',
    municipalityCode: values.municipalityCode,
    startDate: values.startDate,
    seats: Number(values.seats),
    covenantId: values.covenantId || undefined,
    entryRequirements: {
      ...(minLevel ? { minLevel } : {}),
      requiredQualifications: values.entryRequirements.requiredQualifications,
    },
  };
}

export interface SchoolPlaceFormProps {
  initial?: SchoolPlace;
  /** The school's covenants in force (and the place's own, if it is under another); "none" comes first. */
  covenants: readonly SelectOptionItem[];
  submitLabel: string;
  /** Saves; throws a ProblemError on a 4xx (nothing is changed then). */
  onSubmit(values: SchoolPlaceValues): Promise<unknown>;
  onCancel?(): void;
}

/** Publish or change a school place, with the service's limits checked before sending. */
export function SchoolPlaceForm({
  initial,
  covenants,
  submitLabel,
  onSubmit,
  onCancel,
}: SchoolPlaceFormProps) {
  const { t } = useTranslation('school');
  const schema = useSchoolPlaceSchema();
  const { register, control, handleSubmit, setError, formState } = useForm<SchoolPlaceValues>({
    resolver: zodResolver(schema),
    defaultValues: schoolPlaceValues(initial),
  });
  const errors = formState.errors;
  const { formError, submit } = useOfferSubmit({
    ns: 'school',
    handleSubmit,
    setError,
    fields: FIELDS,
    onSubmit,
  });
  const levels = [1, 2, 3, 4].map((level) => ({
    value: String(level),
    label: level === 1 ? t('form.entree') : t('form.level', { level }),
  }));

  return (
    <OfferForm
      ns="school"
      formError={formError}
      onSubmit={submit}
      submitLabel={submitLabel}
      busy={formState.isSubmitting}
      onCancel={onCancel}
    >
      <QualificationsField
        control={control}
        name="crebo"
        id="place-crebo"
        legend={t('form.qualification')}
        hint={t('form.qualificationHint')}
        max={1}
      />
      <SelectField
        id="place-learning-path"
        label={t('form.learningPath')}
        hint={t('form.learningPathHint')}
        placeholder={t('form.choose')}
        options={[
          { value: 'BBL', label: t('learningPath.BBL') },
          { value: 'BOL', label: t('learningPath.BOL') },
        ]}
        error={errors.learningPath?.message}
        {...register('learningPath')}
      />
      <SelectField
        id="place-municipality"
        label={t('form.municipality')}
        placeholder={t('form.choose')}
        options={municipalityOptions}
        error={errors.municipalityCode?.message}
        {...register('municipalityCode')}
      />
      <TextField
        id="place-start"
        type="date"
        label={t('form.startDate')}
        hint={t('form.startDateHint')}
        error={errors.startDate?.message}
        {...register('startDate')}
      />
      <TextField
        id="place-seats"
        label={t('form.seats')}
        hint={t('form.seatsHint')}
        inputMode="numeric"
        error={errors.seats?.message}
        {...register('seats')}
      />
      <SelectField
        id="place-covenant"
        label={t('form.covenant')}
        hint={t('form.covenantHint')}
        placeholder={t('form.noCovenant')}
        options={covenants}
        error={errors.covenantId?.message}
        {...register('covenantId')}
      />
      <SelectField
        id="place-min-level"
        label={t('form.minLevel')}
        hint={t('form.minLevelHint')}
        placeholder={t('form.noMinLevel')}
        options={levels}
        error={errors.entryRequirements?.minLevel?.message}
        {...register('entryRequirements.minLevel')}
      />
      <QualificationsField
        control={control}
        name="entryRequirements.requiredQualifications"
        id="place-required"
        legend={t('form.required')}
        hint={t('form.requiredHint')}
      />
    </OfferForm>
  );
}
