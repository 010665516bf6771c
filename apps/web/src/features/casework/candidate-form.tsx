import { ProblemError, unwrap } from '@bridge/api-client';
import { listSectors } from '@bridge/reference-data';
import { zodResolver } from '@hookform/resolvers/zod';
import {
  Actions,
  Button,
  CheckboxField,
  FieldGroup,
  Notice,
  PageTitle,
  Paragraph,
  RadioGroup,
  SearchPicker,
  SelectField,
  TextField,
  type PickerItem,
} from '@bridge/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import { z } from 'zod';
import { useApi } from '../../api/api';
import { useClaims } from '../../session/session';
import { municipalityName, municipalityOptions, piName } from '../../shared/reference';
import { FormFailure } from '../../shared/form-failure';
import { usePageTitle } from '../../shared/page-title';
import { QueryState } from '../../shared/query-state';
import { applyServerErrors } from '../../shared/server-errors';
import {
  asCandidate,
  candidateKeys,
  shortPseudonym,
  type Candidate,
} from '../candidates/candidate';
import { AppLink, type NoticeState } from '../candidates/links';
import { useCandidate } from '../candidates/use-candidate';
import { caseworkPaths } from './paths';

/** The limits of matching's RegisterCandidateDto and CandidatePreferencesDto. */
export const DJI_NUMBER = /^[A-Za-z0-9-]{4,20}$/;
const MUNICIPALITY_CODE = /^GM\d{4}$/;
const MAX_EXCLUDED = 50;
const MAX_SECTORS = 20;
const VOG_OUTLOOKS = ['unknown', 'likely', 'unlikely'] as const;

const SECTORS = listSectors().map((sector) => sector.name);

export interface CandidateValues {
  djiNumber: string;
  expectedReleaseDate: string;
  returnMunicipalityCode: string;
  vogOutlook: (typeof VOG_OUTLOOKS)[number];
  excludedMunicipalities: string[];
  preferences: { work: boolean; education: boolean; sectors: string[] };
  consent: { shareAnonymisedProfile: boolean };
}

/** The fields the services' errors[] may name, most specific first. */
const SERVER_FIELDS = [
  'djiNumber',
  'expectedReleaseDate',
  'returnMunicipalityCode',
  'vogOutlook',
  'excludedMunicipalities',
  'preferences.sectors',
  'preferences.work',
  'preferences.education',
  'consent.shareAnonymisedProfile',
] as const;

function useCandidateSchema(mode: 'register' | 'edit') {
  const { t } = useTranslation('casework');
  return useMemo(
    () =>
      z.object({
        djiNumber:
          mode === 'register'
            ? z.string().trim().regex(DJI_NUMBER, t('form.errors.djiNumber'))
            : z.string(),
        expectedReleaseDate: z
          .string()
          .regex(/^\d{4}-\d{2}-\d{2}$/, t('form.errors.releaseDate'))
          .refine(
            (date) => !Number.isNaN(Date.parse(`${date}T00:00:00Z`)),
            t('form.errors.releaseDate'),
          ),
        returnMunicipalityCode: z.string().regex(MUNICIPALITY_CODE, t('form.errors.municipality')),
        vogOutlook: z.enum(VOG_OUTLOOKS, t('form.errors.vog')),
        excludedMunicipalities: z
          .array(z.string().regex(MUNICIPALITY_CODE))
          .max(MAX_EXCLUDED, t('form.errors.tooManyExcluded', { max: MAX_EXCLUDED })),
        preferences: z.object({
          work: z.boolean(),
          education: z.boolean(),
          sectors: z
            .array(z.string().max(100))
            .max(MAX_SECTORS, t('form.errors.tooManySectors', { max: MAX_SECTORS })),
        }),
        consent: z.object({ shareAnonymisedProfile: z.boolean() }),
      }),
    [mode, t],
  );
}

const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

/** Municipalities whose name contains the typed text (at most 10). */
function findMunicipalities(text: string): PickerItem[] {
  const wanted = fold(text.trim());
  if (wanted.length < 2) return [];
  return municipalityOptions.filter((option) => fold(option.label).includes(wanted)).slice(0, 10);
}

function valuesOf(candidate: Candidate): CandidateValues {
  return {
    djiNumber: '',
    expectedReleaseDate: candidate.expectedReleaseDate,
    returnMunicipalityCode: candidate.returnMunicipalityCode,
    vogOutlook: candidate.vogOutlook,
    excludedMunicipalities: [...candidate.excludedMunicipalities],
    preferences: {
      work: candidate.preferences?.work ?? false,
      education: candidate.preferences?.education ?? false,
      sectors: [...(candidate.preferences?.sectors ?? [])],
    },
    consent: { shareAnonymisedProfile: candidate.consent?.shareAnonymisedProfile ?? false },
  };
}

const EMPTY: CandidateValues = {
  djiNumber: '',
  expectedReleaseDate: '',
  returnMunicipalityCode: '',
  vogOutlook: 'unknown',
  excludedMunicipalities: [],
  preferences: { work: true, education: false, sectors: [] },
  consent: { shareAnonymisedProfile: false },
};

/**
 * The candidate's data as the casemanager enters it. On registration the DJI number is asked
 * once; after a successful registration the form is gone and the number is nowhere in the
 * page, the URL or the application's state.
 */
function CandidateForm({ mode, candidate }: { mode: 'register' | 'edit'; candidate?: Candidate }) {
  const { t } = useTranslation('casework');
  const { t: candidates } = useTranslation('candidates');
  const { t: common } = useTranslation();
  const api = useApi();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { pi } = useClaims();
  const schema = useCandidateSchema(mode);
  const [formError, setFormError] = useState<string>();
  const [municipalitySearch, setMunicipalitySearch] = useState('');
  const {
    register,
    control,
    handleSubmit,
    setError,
    setFocus,
    setValue,
    reset,
    formState: { errors },
  } = useForm<CandidateValues>({
    resolver: zodResolver(schema),
    defaultValues: candidate ? valuesOf(candidate) : EMPTY,
  });
  const excluded = useWatch({ control, name: 'excludedMunicipalities' });

  const mutation = useMutation({
    // The DJI number is in this mutation's variables: forget them as soon as nobody watches.
    gcTime: 0,
    mutationFn: async (values: CandidateValues) => {
      const profile = {
        expectedReleaseDate: values.expectedReleaseDate,
        returnMunicipalityCode: values.returnMunicipalityCode,
        vogOutlook: values.vogOutlook,
        excludedMunicipalities: values.excludedMunicipalities,
        preferences: values.preferences,
        consent: values.consent,
      };
      if (mode === 'edit' && candidate) {
        return asCandidate(
          await unwrap(
            api.matching.PATCH('/candidates/{id}', {
              params: { path: { id: candidate.id } },
              body: profile,
            }),
          ),
        );
      }
      return asCandidate(
        await unwrap(
          api.matching.POST('/candidates', {
            body: { ...profile, djiNumber: values.djiNumber.trim(), piCode: pi ?? '' },
          }),
        ),
      );
    },
    onSuccess: async (saved) => {
      reset(EMPTY);
      queryClient.setQueryData(candidateKeys.one(saved.id), saved);
      await queryClient.invalidateQueries({ queryKey: candidateKeys.all, refetchType: 'none' });
      const state: NoticeState = { notice: mode === 'register' ? 'registered' : 'saved' };
      navigate(caseworkPaths.candidate(saved.id), { state, replace: mode === 'register' });
    },
    onError: (error) => {
      if (mode === 'register' && error instanceof ProblemError && error.status === 409) {
        setError(
          'djiNumber',
          { type: 'server', message: t('form.errors.duplicate') },
          { shouldFocus: true },
        );
        setFormError(undefined);
        return;
      }
      setFormError(applyServerErrors(error, setError, SERVER_FIELDS));
    },
  });

  const vogOptions = VOG_OUTLOOKS.map((value) => ({
    value,
    label: candidates(`vog.${value}`),
    hint: t(`form.vogHints.${value}`),
  }));

  return (
    <form
      noValidate
      autoComplete="off"
      onSubmit={handleSubmit((values) => {
        setFormError(undefined);
        mutation.mutate(values);
      })}
    >
      <FormFailure message={formError} />
      {mode === 'register' && (
        <TextField
          id="candidate-dji-number"
          label={t('form.djiNumber')}
          hint={t('form.djiNumberHint')}
          autoComplete="off"
          spellCheck={false}
          error={errors.djiNumber?.message}
          {...register('djiNumber')}
        />
      )}
      <Paragraph>{t('form.pi', { pi: piName(candidate?.piCode ?? pi) })}</Paragraph>
      <TextField
        id="candidate-release-date"
        type="date"
        label={t('form.releaseDate')}
        error={errors.expectedReleaseDate?.message}
        {...register('expectedReleaseDate')}
      />
      <SelectField
        id="candidate-municipality"
        label={t('form.municipality')}
        hint={t('form.municipalityHint')}
        placeholder={t('form.chooseMunicipality')}
        options={municipalityOptions}
        error={errors.returnMunicipalityCode?.message}
        {...register('returnMunicipalityCode')}
      />
      <Controller
        control={control}
        name="vogOutlook"
        render={({ field }) => (
          <RadioGroup
            id="candidate-vog"
            name={field.name}
            legend={t('form.vog')}
            hint={t('form.vogHint')}
            options={vogOptions}
            value={field.value}
            onChange={field.onChange}
            onBlur={field.onBlur}
            error={errors.vogOutlook?.message}
          />
        )}
      />
      <SearchPicker
        id="candidate-excluded"
        legend={t('form.excluded')}
        hint={t('form.excludedHint')}
        error={
          errors.excludedMunicipalities?.message ??
          errors.excludedMunicipalities?.root?.message ??
          errors.excludedMunicipalities?.find?.((e) => e)?.message
        }
        searchLabel={t('form.excludedSearch')}
        query={municipalitySearch}
        onQueryChange={setMunicipalitySearch}
        results={findMunicipalities(municipalitySearch)}
        status={
          municipalitySearch.trim().length < 2
            ? t('form.excludedMinimum')
            : t('form.excludedFound', {
                count: findMunicipalities(municipalitySearch).filter(
                  (m) => !excluded.includes(m.value),
                ).length,
              })
        }
        resultsLabel={t('form.excludedResults')}
        selected={excluded.map((code) => ({ value: code, label: municipalityName(code) }))}
        selectedLabel={t('form.excludedChosen')}
        noneSelected={t('form.excludedNone')}
        addText={t('form.add')}
        removeText={t('form.remove')}
        addLabel={(item) => t('form.addLabel', { name: item.label })}
        removeLabel={(item) => t('form.removeLabel', { name: item.label })}
        onAdd={(item) => {
          setValue('excludedMunicipalities', [...excluded, item.value], { shouldDirty: true });
          setMunicipalitySearch('');
        }}
        onRemove={(item) =>
          setValue(
            'excludedMunicipalities',
            excluded.filter((code) => code !== item.value),
            { shouldDirty: true },
          )
        }
        max={MAX_EXCLUDED}
        maxReached={t('form.errors.tooManyExcluded', { max: MAX_EXCLUDED })}
      />
      <FieldGroup id="candidate-wants" legend={t('form.wants')} hint={t('form.wantsHint')}>
        <CheckboxField
          id="candidate-work"
          label={t('form.work')}
          {...register('preferences.work')}
        />
        <CheckboxField
          id="candidate-education"
          label={t('form.education')}
          {...register('preferences.education')}
        />
      </FieldGroup>
      <FieldGroup
        id="candidate-sectors"
        legend={t('form.sectors')}
        hint={t('form.sectorsHint')}
        error={errors.preferences?.sectors?.message}
      >
        {SECTORS.map((sector, index) => (
          <CheckboxField
            key={sector}
            id={`candidate-sector-${index}`}
            label={sector}
            value={sector}
            {...register('preferences.sectors')}
          />
        ))}
      </FieldGroup>
      <FieldGroup id="candidate-consent" legend={t('form.consentLegend')}>
        <CheckboxField
          id="candidate-consent-share"
          label={t('form.consent')}
          hint={t('form.consentHint')}
          error={errors.consent?.shareAnonymisedProfile?.message}
          {...register('consent.shareAnonymisedProfile')}
        />
      </FieldGroup>
      <Actions>
        <Button type="submit" appearance="primary" busy={mutation.isPending}>
          {mode === 'register' ? t('form.submitRegister') : t('form.submitEdit')}
        </Button>
        {candidate ? (
          <AppLink to={caseworkPaths.candidate(candidate.id)}>{common('form.cancel')}</AppLink>
        ) : (
          <Button
            appearance="subtle"
            onClick={() => {
              reset(EMPTY);
              setFocus('djiNumber');
            }}
          >
            {t('form.clear')}
          </Button>
        )}
      </Actions>
    </form>
  );
}

export function RegisterCandidateScreen() {
  const { t } = useTranslation('casework');
  usePageTitle(t('form.registerTitle'));
  return (
    <>
      <PageTitle lead={t('form.registerLead')}>{t('form.registerTitle')}</PageTitle>
      <CandidateForm mode="register" />
    </>
  );
}

export function EditCandidateScreen() {
  const { t } = useTranslation('casework');
  const { candidateId = '' } = useParams();
  const candidate = useCandidate(candidateId);
  const title = t('form.editTitle', { pseudonym: shortPseudonym(candidateId) });
  usePageTitle(title);
  return (
    <>
      <Paragraph>
        <AppLink to={caseworkPaths.candidate(candidateId)}>
          {t('form.back', { pseudonym: shortPseudonym(candidateId) })}
        </AppLink>
      </Paragraph>
      <PageTitle lead={t('form.editLead')}>{title}</PageTitle>
      <QueryState isPending={candidate.isPending} error={candidate.error}>
        {candidate.data &&
          (candidate.data.status === 'left' ? (
            <Notice tone="warning">{t('candidate.hasLeft')}</Notice>
          ) : (
            <CandidateForm key={candidate.data.version} mode="edit" candidate={candidate.data} />
          ))}
      </QueryState>
    </>
  );
}
