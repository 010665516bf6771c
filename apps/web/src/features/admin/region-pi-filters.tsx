import { Actions, Button, SelectField } from '@bridge/ui';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { piOptions, regionOptions } from '../../shared/reference';

export type RegionPiValues<Extra extends string> = Record<'region' | 'pi' | Extra, string>;

/**
 * The filters of an admin list by region and PI (and any more after them), applied all at once; the
 * ones left empty are left out. Clear shows while any filter is applied.
 */
export function RegionPiFilters<Extra extends string = never>({
  idPrefix,
  filters,
  onApply,
  more,
}: {
  /** The start of the fields' ids (`${idPrefix}-region`, `${idPrefix}-pi`). */
  idPrefix: string;
  /** The filters applied now (their order is the order in the URL). */
  filters: RegionPiValues<Extra>;
  onApply(filters: Record<string, string>): void;
  /** The fields of more filters, shown after region and PI. */
  more?(values: RegionPiValues<Extra>, change: (name: Extra, value: string) => void): ReactNode;
}) {
  const { t } = useTranslation('admin');
  const [values, setValues] = useState(filters);
  const change = (name: 'region' | 'pi' | Extra, value: string) =>
    setValues({ ...values, [name]: value });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply(Object.fromEntries(Object.entries<string>(values).filter(([, value]) => value)));
  };
  return (
    <form onSubmit={submit} aria-label={t('filters.label')} className="admin-filters">
      <SelectField
        id={`${idPrefix}-region`}
        label={t('filters.region')}
        placeholder={t('filters.allRegions')}
        options={regionOptions}
        value={values.region}
        onChange={(event) => change('region', event.target.value)}
      />
      <SelectField
        id={`${idPrefix}-pi`}
        label={t('filters.pi')}
        placeholder={t('filters.allPis')}
        options={piOptions}
        value={values.pi}
        onChange={(event) => change('pi', event.target.value)}
      />
      {more?.(values, change)}
      <Actions>
        <Button type="submit">{t('filters.apply')}</Button>
        {Object.values<string>(filters).some(Boolean) && (
          <Button appearance="subtle" onClick={() => onApply({})}>
            {t('filters.clear')}
          </Button>
        )}
      </Actions>
    </form>
  );
}
