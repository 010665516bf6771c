import { ProblemError, unwrap } from '@bridge/api-client';
import { zodResolver } from '@hookform/resolvers/zod';
import {
  Actions,
  Button,
  FieldGroup,
  Notice,
  PageTitle,
  Paragraph,
  SearchPicker,
  SelectField,
  TextField,
  type PickerItem,
} from '@bridge/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { useFieldArray, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import { z } from 'zod';
import { useApi } from '../../api/api';
import { useClaims } from '../../session/session';
import { FormFailure } from '../../shared/form-failure';
import { usePageTitle } from '../../shared/page-title';
import { QueryState } from '../../shared/query-state';
import { applyServerErrors } from '../../shared/server-errors';
import {
  candidateKeys,
  certificateKeys,
  shortPseudonym,
  todayInNetherlands,
} from '../candidates/candidate';
import { AppLink, type NoticeState } from '../candidates/links';
import { useCandidate } from '../candidates/use-candidate';
import { workshopPaths } from './paths';
import { useWorkshops } from './workshops';

/** The limits of the training service's RegisterCertificateDto. */
const EARLIEST_ISSUE_DATE = '2000-01-01';
const MAX_WORK_PROCESSES = 50;
const MAX_WORK_PROCESS_LENGTH = 200;
const SEARCH_DELAY_MS = 250;

function useCertificateSchema() {
  const { t } = useTranslation('workshop');
  return useMemo(() => {
    const today = todayInNetherlands();
    return z.object({
      crebo: z.string().regex(/^\d{5}$/, t('form.errors.crebo')),
      workshopId: z.string().max(64),
      workProcesses: z
        .array(
          z.object({
            text: z
              .string()
              .trim()
              .min(1, t('form.errors.workProcessEmpty'))
              .max(
                MAX_WORK_PROCESS_LENGTH,
                t('form.errors.workProcessTooLong', { max: MAX_WORK_PROCESS_LENGTH }),
              ),
          }),
        )
        .max(MAX_WORK_PROCESSES, t('form.errors.tooManyWorkProcesses', { max: MAX_WORK_PROCESSES }))
        .refine(
          (list) => new Set(list.map((p) => p.text.trim().toLowerCase())).size === list.length,
          t('form.errors.workProcessDuplicate'),
        ),
      issuedOn: z
        .string()
        .regex(/^\d{4}-\d{2}-\d{2}$/, t('form.errors.issuedOnRequired'))
        .refine((date) => date >= EARLIEST_ISSUE_DATE, t('form.errors.issuedOnTooEarly'))
        .refine((date) => date <= today, t('form.errors.issuedOnFuture')),
    });
  }, [t]);
}

type CertificateValues = z.input<ReturnType<typeof useCertificateSchema>>;

/** The text typed in a search box, once the person has stopped typing for a moment. */
function useSettled(value: string, delay = SEARCH_DELAY_MS) {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delay);
    return () => clearTimeout(timer);
  }, [value, delay]);
  return settled;
}

function useQualificationSearch(text: string) {
  const api = useApi();
  const term = useSettled(text.trim());
  const query = useQuery({
    queryKey: ['qualifications', term],
    enabled: term.length >= 2,
    staleTime: 10 * 60_000,
    queryFn: () =>
      unwrap(api.training.GET('/qualifications', { params: { query: { q: term, limit: 10 } } })),
  });
  return {
    ...query,
    term,
    searching: term !== text.trim() || (query.isFetching && term.length >= 2),
  };
}

function CertificateForm({ candidateId }: { candidateId: string }) {
  const { t } = useTranslation('workshop');
  const { t: common } = useTranslation();
  const api = useApi();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { pi } = useClaims();
  const workshops = useWorkshops(pi);
  const schema = useCertificateSchema();
  const [search, setSearch] = useState('');
  const [chosen, setChosen] = useState<PickerItem>();
  const [formError, setFormError] = useState<string>();
  const qualifications = useQualificationSearch(search);
  const today = todayInNetherlands();

  const {
    register,
    control,
    handleSubmit,
    setError,
    setValue,
    setFocus,
    formState: { errors },
  } = useForm<CertificateValues>({
    resolver: zodResolver(schema),
    defaultValues: { crebo: '', workshopId: '', workProcesses: [], issuedOn: today },
  });
  const workProcesses = useFieldArray({ control, name: 'workProcesses' });

  const mutation = useMutation({
    mutationFn: (values: CertificateValues) => {
      const processes = values.workProcesses.map((p) => p.text.trim()).filter(Boolean);
      return unwrap(
        api.training.POST('/certificates', {
          body: {
            candidateId,
            crebo: values.crebo,
            issuedOn: values.issuedOn,
            ...(values.workshopId && { workshopId: values.workshopId }),
            ...(processes.length > 0 && { workProcesses: processes }),
          },
        }),
      );
    },
    onSuccess: async (certificate) => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: certificateKeys.all }),
        queryClient.invalidateQueries({ queryKey: candidateKeys.all }),
      ]);
      const state: NoticeState = {
        notice: 'certificateRegistered',
        values: { title: certificate.title },
      };
      navigate(workshopPaths.candidate(candidateId), { state });
    },
    onError: (error) => {
      setFormError(
        applyServerErrors(error, setError, ['crebo', 'workshopId', 'workProcesses', 'issuedOn']),
      );
    },
  });

  const results: PickerItem[] =
    qualifications.data?.items.map((q) => ({
      value: q.crebo,
      label: t('form.qualificationOption', {
        title: q.title,
        crebo: q.crebo,
        level: q.level === 1 ? 'Entree' : q.level,
      }),
    })) ?? [];
  const found = qualifications.data?.items.length ?? 0;
  const status =
    qualifications.term.length < 2
      ? t('form.searchMinimum')
      : qualifications.searching
        ? t('form.searching')
        : qualifications.error
          ? t('form.searchFailed')
          : found === 0
            ? t('form.searchNone')
            : qualifications.data?.nextCursor
              ? t('form.searchMore', { count: found })
              : t('form.searchFound', { count: found });

  const workProcessError = errors.workProcesses?.message ?? errors.workProcesses?.root?.message;

  return (
    <form
      noValidate
      onSubmit={handleSubmit((values) => {
        setFormError(undefined);
        mutation.mutate(values);
      })}
    >
      <FormFailure message={formError} />
      <SearchPicker
        id="certificate-qualification"
        legend={t('form.qualification')}
        hint={t('form.qualificationHint')}
        error={errors.crebo?.message}
        searchLabel={t('form.searchLabel')}
        query={search}
        onQueryChange={setSearch}
        results={results}
        status={status}
        resultsLabel={t('form.results')}
        selected={chosen ? [chosen] : []}
        selectedLabel={t('form.chosen')}
        noneSelected={t('form.noneChosen')}
        addText={t('form.choose')}
        removeText={t('form.unchoose')}
        addLabel={(item) => t('form.chooseLabel', { label: item.label })}
        removeLabel={(item) => t('form.unchooseLabel', { label: item.label })}
        onAdd={(item) => {
          setChosen(item);
          setValue('crebo', item.value, { shouldValidate: true });
        }}
        onRemove={() => {
          setChosen(undefined);
          setValue('crebo', '');
        }}
        max={1}
      />
      <QueryState isPending={workshops.isPending} error={workshops.error}>
        <SelectField
          id="certificate-workshop"
          label={t('form.workshop')}
          hint={t('form.workshopHint')}
          placeholder={t('form.noWorkshop')}
          options={(workshops.data ?? []).map((w) => ({ value: w.id, label: w.name }))}
          error={errors.workshopId?.message}
          {...register('workshopId')}
        />
      </QueryState>
      <FieldGroup
        id="certificate-work-processes"
        legend={t('form.workProcesses')}
        hint={t('form.workProcessesHint')}
        error={workProcessError}
      >
        {workProcesses.fields.length === 0 && <Paragraph>{t('form.noWorkProcesses')}</Paragraph>}
        {workProcesses.fields.map((field, index) => (
          <div key={field.id}>
            <TextField
              id={`certificate-work-process-${index}`}
              label={t('form.workProcess', { number: index + 1 })}
              error={errors.workProcesses?.[index]?.text?.message}
              {...register(`workProcesses.${index}.text`)}
            />
            <Button
              appearance="subtle"
              onClick={() => workProcesses.remove(index)}
              aria-label={t('form.removeWorkProcessLabel', { number: index + 1 })}
            >
              {t('form.removeWorkProcess')}
            </Button>
          </div>
        ))}
        {workProcesses.fields.length < MAX_WORK_PROCESSES && (
          <Button
            onClick={() => {
              workProcesses.append({ text: '' });
              setTimeout(() => setFocus(`workProcesses.${workProcesses.fields.length}.text`), 0);
            }}
          >
            {t('form.addWorkProcess')}
          </Button>
        )}
      </FieldGroup>
      <TextField
        id="certificate-issued-on"
        type="date"
        label={t('form.issuedOn')}
        hint={t('form.issuedOnHint')}
        min={EARLIEST_ISSUE_DATE}
        max={today}
        error={errors.issuedOn?.message}
        {...register('issuedOn')}
      />
      <Actions>
        <Button type="submit" appearance="primary" busy={mutation.isPending}>
          {t('form.submit')}
        </Button>
        <AppLink to={workshopPaths.candidate(candidateId)}>{common('form.cancel')}</AppLink>
      </Actions>
    </form>
  );
}

/** Register an In-Made practice certificate for a candidate of the PI. */
export function RegisterCertificateScreen() {
  const { t } = useTranslation('workshop');
  const { candidateId = '' } = useParams();
  const candidate = useCandidate(candidateId);
  const title = t('form.title');
  usePageTitle(title);
  const left = candidate.data?.status === 'left';
  const notFound = candidate.error instanceof ProblemError && candidate.error.status === 404;
  return (
    <>
      <Paragraph>
        <AppLink to={workshopPaths.candidate(candidateId)}>
          {t('form.back', { pseudonym: shortPseudonym(candidateId) })}
        </AppLink>
      </Paragraph>
      <PageTitle lead={t('form.lead', { pseudonym: shortPseudonym(candidateId) })}>
        {title}
      </PageTitle>
      <QueryState isPending={candidate.isPending} error={notFound ? candidate.error : undefined}>
        {left ? (
          <Notice tone="warning">{t('form.candidateLeft')}</Notice>
        ) : (
          <CertificateForm candidateId={candidateId} />
        )}
      </QueryState>
    </>
  );
}
