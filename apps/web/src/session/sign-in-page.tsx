import { unwrap, type ApiClients } from '@bridge/api-client';
import {
  Actions,
  Button,
  CheckboxField,
  FieldGroup,
  Notice,
  PageTitle,
  Paragraph,
  SelectField,
  TextField,
} from '@bridge/ui';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/api';
import { piOptions, regionOptions } from '../shared/reference';
import { usePageTitle } from '../shared/page-title';
import { claimsOfSession, ROLES, type Claims, type Role } from './claims';
import { useRuntimeConfig } from './runtime-config';
import { useSession } from './session';

const SCOPE_OF_ROLE: Record<Role, 'pi' | 'employerId' | 'brin' | 'regions' | undefined> = {
  'workshop-leader': 'pi',
  casemanager: 'pi',
  'uwv-advisor': 'regions',
  employer: 'employerId',
  'education-provider': 'brin',
  admin: undefined,
};

async function devToken(api: ApiClients, claims: Claims): Promise<string> {
  const body = await unwrap(api.matching.POST('/auth/dev-token', { body: claims as never }));
  return (body as { token: string }).token;
}

/**
 * The registered employers and schools to sign in as. Reading them needs a token itself: in dev
 * mode anyone may mint one, so the sign-in screen reads them with a short-lived admin dev token.
 */
function useRegisteredParties(api: ApiClients, kind: 'employers' | 'providers' | undefined) {
  return useQuery({
    queryKey: ['sign-in', kind],
    enabled: kind !== undefined,
    queryFn: async () => {
      const token = await devToken(api, { sub: 'dev-sign-in', role: 'admin' });
      const headers = { authorization: `Bearer ${token}` };
      if (kind === 'employers') {
        const page = await unwrap(
          api.employers.GET('/employers', { params: { query: { limit: 100 } }, headers }),
        );
        return page.items.map((e) => ({ value: e.id, label: `${e.name} (KvK ${e.kvkNumber})` }));
      }
      const page = await unwrap(
        api.training.GET('/providers', { params: { query: { limit: 100 } }, headers }),
      );
      return page.items.map((p) => ({ value: p.brin, label: `${p.name} (BRIN ${p.brin})` }));
    },
  });
}

function DevSignIn() {
  const { t } = useTranslation();
  const api = useApi();
  const { signIn } = useSession();
  const [role, setRole] = useState<Role>('uwv-advisor');
  const [sub, setSub] = useState('');
  const [pi, setPi] = useState('');
  const [party, setParty] = useState('');
  const [regions, setRegions] = useState<string[]>([]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string>();
  const [busy, setBusy] = useState(false);
  const scope = SCOPE_OF_ROLE[role];
  const parties = useRegisteredParties(
    api,
    scope === 'employerId' ? 'employers' : scope === 'brin' ? 'providers' : undefined,
  );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (scope === 'pi' && !pi) found['pi'] = t('signIn.errors.pi');
    if ((scope === 'employerId' || scope === 'brin') && !party)
      found['party'] = t(`signIn.errors.${scope}`);
    if (scope === 'regions' && regions.length === 0) found['regions'] = t('signIn.errors.regions');
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const claims: Claims = {
      sub: sub.trim() || `${role}-1`,
      role,
      ...(scope === 'pi' && { pi }),
      ...(scope === 'employerId' && { employerId: party }),
      ...(scope === 'brin' && { brin: party }),
      ...(scope === 'regions' && { regions }),
    };
    setBusy(true);
    setFailure(undefined);
    try {
      signIn({ claims, token: await devToken(api, claims) });
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={submit} noValidate aria-describedby="sign-in-lead">
      <Paragraph id="sign-in-lead">{t('signIn.devLead')}</Paragraph>
      {failure && (
        <Notice tone="error" title={t('signIn.failed')}>
          {failure}
        </Notice>
      )}
      <SelectField
        id="sign-in-role"
        label={t('signIn.role')}
        value={role}
        onChange={(event) => {
          setRole(event.target.value as Role);
          setParty('');
          setErrors({});
        }}
        options={ROLES.map((value) => ({ value, label: t(`roles.${value}`) }))}
      />
      <TextField
        id="sign-in-sub"
        label={t('signIn.sub')}
        hint={t('signIn.subHint')}
        value={sub}
        maxLength={128}
        placeholder={`${role}-1`}
        onChange={(event) => setSub(event.target.value)}
      />
      {scope === 'pi' && (
        <SelectField
          id="sign-in-pi"
          label={t('signIn.pi')}
          value={pi}
          placeholder={t('signIn.choose')}
          options={piOptions}
          error={errors['pi']}
          onChange={(event) => setPi(event.target.value)}
        />
      )}
      {(scope === 'employerId' || scope === 'brin') && (
        <SelectField
          id="sign-in-party"
          label={t(scope === 'employerId' ? 'signIn.employer' : 'signIn.school')}
          hint={
            parties.isPending
              ? t('loading')
              : parties.data?.length === 0
                ? t('signIn.noneRegistered')
                : undefined
          }
          value={party}
          placeholder={t('signIn.choose')}
          options={parties.data ?? []}
          error={
            errors['party'] ?? (parties.error instanceof Error ? parties.error.message : undefined)
          }
          onChange={(event) => setParty(event.target.value)}
        />
      )}
      {scope === 'regions' && (
        <FieldGroup
          id="sign-in-regions"
          legend={t('signIn.regions')}
          hint={t('signIn.regionsHint')}
          error={errors['regions']}
        >
          <div className="bridge-checkbox-columns">
            {regionOptions.map((region) => (
              <CheckboxField
                key={region.value}
                id={`sign-in-region-${region.value}`}
                label={region.label}
                checked={regions.includes(region.value)}
                onChange={(event) =>
                  setRegions((current) =>
                    event.target.checked
                      ? [...current, region.value]
                      : current.filter((code) => code !== region.value),
                  )
                }
              />
            ))}
          </div>
        </FieldGroup>
      )}
      <Actions>
        <Button type="submit" appearance="primary" busy={busy}>
          {t('signIn.submit')}
        </Button>
      </Actions>
    </form>
  );
}

/**
 * Sign-in through the organisation's identity provider, handled by the backend-for-frontend: it
 * answers `GET /auth/session` with the signed-in person's claims (the token stays with it), and
 * `/auth/login` starts the authorization-code flow with PKCE (docs/web-sign-in.md).
 */
function OidcSignIn() {
  const { t } = useTranslation();
  const { signIn, signedOutReason } = useSession();
  const current = useQuery({
    queryKey: ['bff-session'],
    enabled: signedOutReason === undefined,
    retry: false,
    queryFn: async () => {
      const response = await fetch('/auth/session', { credentials: 'same-origin' });
      return response.ok ? claimsOfSession(await response.json()) : undefined;
    },
  });
  useEffect(() => {
    if (current.data) signIn({ claims: current.data });
  }, [current.data, signIn]);
  return (
    <>
      <Paragraph>{t('signIn.oidcLead')}</Paragraph>
      <a className="utrecht-button-link utrecht-button-link--primary-action" href="/auth/login">
        {t('signIn.oidcSubmit')}
      </a>
    </>
  );
}

export function SignInPage() {
  const { t } = useTranslation();
  const { signedOutReason } = useSession();
  const config = useRuntimeConfig();
  usePageTitle(t('signIn.title'));
  return (
    <>
      <PageTitle lead={t('signIn.lead')}>{t('signIn.title')}</PageTitle>
      {signedOutReason === 'expired' && (
        <Notice tone="warning" title={t('signIn.expiredTitle')}>
          {t('signIn.expired')}
        </Notice>
      )}
      {signedOutReason === 'signed-out' && <Notice tone="info">{t('signIn.signedOut')}</Notice>}
      {config.data?.authMode === 'oidc' ? <OidcSignIn /> : <DevSignIn />}
    </>
  );
}
