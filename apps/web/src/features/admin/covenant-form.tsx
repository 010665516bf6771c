import { unwrap } from '@bridge/api-client';
import {
  Actions,
  Button,
  CheckboxField,
  FieldGroup,
  Paragraph,
  SelectField,
  TextField,
} from '@bridge/ui';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState, type ReactNode } from 'react';
import { Controller, useFieldArray, useForm, type Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { useApi } from '../../api/api';
import { piOptions, regionOptions } from '../../shared/reference';
import { applyServerErrors } from '../../shared/server-errors';
import {
  adminKeys,
  AppLink,
  DATE_PATTERN,
  FormOutcome,
  useAllEmployers,
  useAllProviders,
  type Covenant,
} from './admin-shared';
import { adminPaths } from './paths';

/** The covenant's limits as the employers service checks them (CreateCovenantDto, covenantShapeErrors). */
export function useCovenantSchema(withSignatory: boolean) {
  const { t } = useTranslation('admin');
  return useMemo(
    () =>
      z
        .object({
          name: z
            .string()
            .trim()
            .min(1, t('errors.required'))
            .max(200, t('errors.max', { max: 200 })),
          employerId: z.string(),
          brin: z.string(),
          regionCodes: z.array(z.string()).min(1, t('covenants.errors.regions')).max(35),
          piCodes: z.array(z.string()).max(50),
          validFrom: z.string().regex(DATE_PATTERN, t('errors.date')),
          validTo: z.string().regex(DATE_PATTERN, t('errors.date')),
          placementsPerYear: z
            .string()
            .trim()
            .refine(
              (value) =>
                value === '' ||
                (/^\d+$/.test(value) && Number(value) >= 1 && Number(value) <= 100_000),
              t('covenants.errors.placements'),
            ),
          support: z
            .array(
              z.object({
                text: z
                  .string()
                  .trim()
                  .min(1, t('covenants.errors.supportBlank'))
                  .max(200, t('errors.max', { max: 200 })),
              }),
            )
            .max(20, t('covenants.errors.supportMax')),
        })
        .superRefine((values, ctx) => {
          if (withSignatory && Boolean(values.employerId) === Boolean(values.brin)) {
            const message = t('covenants.errors.signatory');
            ctx.addIssue({ code: 'custom', path: ['employerId'], message });
            ctx.addIssue({ code: 'custom', path: ['brin'], message });
          }
          if (
            DATE_PATTERN.test(values.validFrom) &&
            DATE_PATTERN.test(values.validTo) &&
            values.validTo < values.validFrom
          ) {
            ctx.addIssue({
              code: 'custom',
              path: ['validTo'],
              message: t('covenants.errors.validTo'),
            });
          }
        }),
    [t, withSignatory],
  );
}

export type CovenantValues = z.infer<ReturnType<typeof useCovenantSchema>>;
const COVENANT_FIELDS = [
  'name',
  'employerId',
  'brin',
  'regionCodes',
  'piCodes',
  'validFrom',
  'validTo',
  'placementsPerYear',
  'support',
] as const;

function valuesOf(covenant?: Covenant): CovenantValues {
  return {
    name: covenant?.name ?? '',
    employerId: covenant?.employerId ?? '',
    brin: covenant?.brin ?? '',
    regionCodes: covenant?.regionCodes ?? [],
    piCodes: covenant?.piCodes ?? [],
    validFrom: covenant?.validFrom ?? '',
    validTo: covenant?.validTo ?? '',
    placementsPerYear:
      covenant?.placementsPerYear != null ? String(covenant.placementsPerYear) : '',
    support: (covenant?.support ?? []).map((text) => ({ text })),
  };
}

/** A group of checkboxes over a list of codes (regions, PI's), held as one array field. */
function CodeChoices({
  control,
  name,
  id,
  legend,
  hint,
  options,
  error,
}: {
  control: Control<CovenantValues>;
  name: 'regionCodes' | 'piCodes';
  id: string;
  legend: string;
  hint?: string;
  options: readonly { value: string; label: string }[];
  error?: string;
}) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <FieldGroup id={id} legend={legend} hint={hint} error={error}>
          <div className="bridge-checkbox-columns">
            {options.map((option) => (
              <CheckboxField
                key={option.value}
                id={`${id}-${option.value}`}
                label={option.label}
                checked={field.value.includes(option.value)}
                onBlur={field.onBlur}
                onChange={(event) =>
                  field.onChange(
                    event.target.checked
                      ? [...field.value, option.value]
                      : field.value.filter((code) => code !== option.value),
                  )
                }
              />
            ))}
          </div>
        </FieldGroup>
      )}
    />
  );
}

/** Register a covenant (no `covenant`) or change one (the signatory never changes). */
export function CovenantForm({
  covenant,
  signatoryName,
}: {
  covenant?: Covenant;
  signatoryName?: string;
}) {
  const { t } = useTranslation('admin');
  const { t: common } = useTranslation();
  const api = useApi();
  const queryClient = useQueryClient();
  const schema = useCovenantSchema(!covenant);
  const employers = useAllEmployers();
  const providers = useAllProviders();
  const [saved, setSaved] = useState<ReactNode>();
  const [failure, setFailure] = useState<string>();
  const { register, control, handleSubmit, setError, reset, formState } = useForm<CovenantValues>({
    resolver: zodResolver(schema),
    defaultValues: valuesOf(covenant),
  });
  const support = useFieldArray({ control, name: 'support' });
  const errors = formState.errors;

  const save = useMutation({
    mutationFn: (values: CovenantValues) => {
      const common = {
        name: values.name,
        regionCodes: values.regionCodes,
        piCodes: values.piCodes,
        validFrom: values.validFrom,
        validTo: values.validTo,
        support: values.support.map((item) => item.text),
      };
      const placements = values.placementsPerYear === '' ? null : Number(values.placementsPerYear);
      if (covenant) {
        return unwrap(
          api.employers.PATCH('/covenants/{id}', {
            params: { path: { id: covenant.id } },
            body: { ...common, placementsPerYear: placements },
          }),
        );
      }
      return unwrap(
        api.employers.POST('/covenants', {
          body: {
            ...common,
            ...(values.employerId ? { employerId: values.employerId } : { brin: values.brin }),
            ...(placements !== null && { placementsPerYear: placements }),
          },
        }),
      );
    },
    onSuccess: async (result) => {
      setFailure(undefined);
      await queryClient.invalidateQueries({ queryKey: adminKeys.covenants });
      await queryClient.invalidateQueries({ queryKey: adminKeys.insights });
      if (covenant) {
        setSaved(t('covenants.saved'));
        reset(valuesOf(result));
      } else {
        setSaved(
          <Paragraph>
            {t('covenants.registered', { name: result.name })}{' '}
            <AppLink to={adminPaths.covenant(result.id)}>{t('covenants.open')}</AppLink>
          </Paragraph>,
        );
        reset(valuesOf());
      }
    },
    onError: (error) => {
      setSaved(undefined);
      setFailure(applyServerErrors(error, setError, COVENANT_FIELDS));
    },
  });

  const employerOptions = (employers.data ?? []).map((e) => ({
    value: e.id,
    label: `${e.name} (KvK ${e.kvkNumber})`,
  }));
  const providerOptions = (providers.data ?? []).map((p) => ({
    value: p.brin,
    label: `${p.name} (BRIN ${p.brin})`,
  }));

  return (
    <form noValidate onSubmit={handleSubmit((values) => save.mutate(values))}>
      <FormOutcome saved={saved} failure={failure} />
      <TextField
        id="covenant-name"
        label={t('covenants.name')}
        maxLength={200}
        error={errors.name?.message}
        {...register('name')}
      />
      {covenant ? (
        <Paragraph>{t('covenants.signatoryFixed', { name: signatoryName ?? '' })}</Paragraph>
      ) : (
        <FieldGroup
          id="covenant-signatory"
          legend={t('covenants.signatory')}
          hint={t('covenants.signatoryHint')}
        >
          <SelectField
            id="covenant-employer"
            label={t('covenants.employer')}
            placeholder={t('covenants.noEmployer')}
            options={employerOptions}
            hint={
              employers.isPending
                ? common('loading')
                : employerOptions.length === 0
                  ? t('covenants.noEmployers')
                  : undefined
            }
            error={errors.employerId?.message}
            {...register('employerId')}
          />
          <SelectField
            id="covenant-school"
            label={t('covenants.school')}
            placeholder={t('covenants.noSchool')}
            options={providerOptions}
            hint={
              providers.isPending
                ? common('loading')
                : providerOptions.length === 0
                  ? t('covenants.noSchools')
                  : undefined
            }
            error={errors.brin?.message}
            {...register('brin')}
          />
        </FieldGroup>
      )}
      <CodeChoices
        control={control}
        name="regionCodes"
        id="covenant-regions"
        legend={t('covenants.regions')}
        hint={t('covenants.regionsHint')}
        options={regionOptions}
        error={errors.regionCodes?.message}
      />
      <CodeChoices
        control={control}
        name="piCodes"
        id="covenant-pis"
        legend={t('covenants.pis')}
        hint={t('covenants.pisHint')}
        options={piOptions}
        error={errors.piCodes?.message}
      />
      <TextField
        id="covenant-valid-from"
        type="date"
        label={t('covenants.validFrom')}
        error={errors.validFrom?.message}
        {...register('validFrom')}
      />
      <TextField
        id="covenant-valid-to"
        type="date"
        label={t('covenants.validTo')}
        hint={t('covenants.validToHint')}
        error={errors.validTo?.message}
        {...register('validTo')}
      />
      <TextField
        id="covenant-placements"
        type="number"
        inputMode="numeric"
        min={1}
        max={100000}
        label={t('covenants.placementsOptional')}
        hint={t('covenants.placementsHint')}
        error={errors.placementsPerYear?.message}
        {...register('placementsPerYear')}
      />
      <FieldGroup
        id="covenant-support"
        legend={t('covenants.support')}
        hint={t('covenants.supportHint')}
        error={errors.support?.message ?? errors.support?.root?.message}
      >
        {support.fields.length === 0 && <Paragraph>{t('covenants.supportNone')}</Paragraph>}
        {support.fields.map((item, index) => (
          <div key={item.id} className="admin-repeat-row">
            <TextField
              id={`covenant-support-${index}`}
              label={t('covenants.supportItem', { number: index + 1 })}
              maxLength={200}
              error={errors.support?.[index]?.text?.message}
              {...register(`support.${index}.text`)}
            />
            <Button
              appearance="subtle"
              onClick={() => support.remove(index)}
              aria-label={t('covenants.supportRemoveLabel', { number: index + 1 })}
            >
              {t('covenants.supportRemove')}
            </Button>
          </div>
        ))}
        {support.fields.length < 20 && (
          <Button
            onClick={() =>
              support.append({ text: '' }, { focusName: `support.${support.fields.length}.text` })
            }
          >
            {t('covenants.supportAdd')}
          </Button>
        )}
      </FieldGroup>
      <Actions>
        <Button type="submit" appearance="primary" busy={save.isPending}>
          {covenant ? common('form.save') : t('covenants.registerSubmit')}
        </Button>
      </Actions>
    </form>
  );
}
