import { Button } from '@fluentui/react-button';
import { Field } from '@fluentui/react-field';
import { Select } from '@fluentui/react-select';
import { tokens } from '@fluentui/react-theme';
import { DismissRegular } from '@fluentui/react-icons';
import type { UsageResponse } from '../../../bot/api/contracts';
import { useSession, useStrings } from '../shell/shellContext';
import { makeStyles } from '../ui/griffel';
import { useUsageNames } from './usageNames';
import { CALL_KIND_FILTERS, filtersActive, NO_FILTERS, type UsageFilters } from './usageQuery';

const useStyles = makeStyles({
  bar: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalL },
  field: { minWidth: '200px', maxWidth: '320px', flexGrow: 1 },
});

/**
 * Call kind, country and organizer. The country and organizer choices are the ones with calls in the range under the
 * other filters (each list is asked for without its own filter, so choosing one country keeps the others offered).
 */
export function FilterBar({
  filters,
  onChange,
  countries,
  organizers,
}: {
  filters: UsageFilters;
  onChange(filters: UsageFilters): void;
  countries: UsageResponse | null;
  organizers: UsageResponse | null;
}) {
  const t = useStrings();
  const { format } = useSession();
  const names = useUsageNames();
  const styles = useStyles();
  const countryOptions = (countries?.groups ?? []).flatMap((g) => (g.key ? [{ value: g.key, label: names.country(g.key) }] : []));
  const organizerOptions = (organizers?.groups ?? []).flatMap((g) => (g.key ? [{ value: g.key, label: names.organizer(g) }] : []));
  // A chosen value stays offered even when the current range has no calls for it.
  if (filters.country && !countryOptions.some((o) => o.value === filters.country)) {
    countryOptions.unshift({ value: filters.country, label: names.country(filters.country) });
  }
  if (filters.organizer && !organizerOptions.some((o) => o.value === filters.organizer)) {
    organizerOptions.unshift({ value: filters.organizer, label: filters.organizer });
  }
  const collator = new Intl.Collator(format.locale, { sensitivity: 'base' });
  countryOptions.sort((a, b) => collator.compare(a.label, b.label));
  organizerOptions.sort((a, b) => collator.compare(a.label, b.label));

  return (
    <div className={styles.bar} role="group" aria-label={t('usage.filters.label')}>
      <Field label={t('usage.filters.callKind')} className={styles.field}>
        <Select
          value={filters.callKind}
          onChange={(_, d) => onChange({ ...filters, callKind: CALL_KIND_FILTERS.find((k) => k === d.value) ?? 'all' })}
          data-testid="filter-call-kind"
        >
          {CALL_KIND_FILTERS.map((k) => (
            <option key={k} value={k}>
              {t(`usage.filters.kinds.${k}`)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t('usage.filters.country')} className={styles.field}>
        <Select value={filters.country ?? ''} onChange={(_, d) => onChange({ ...filters, country: d.value || null })} data-testid="filter-country">
          <option value="">{t('usage.filters.allCountries')}</option>
          {countryOptions.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t('usage.filters.organizer')} className={styles.field}>
        <Select value={filters.organizer ?? ''} onChange={(_, d) => onChange({ ...filters, organizer: d.value || null })} data-testid="filter-organizer">
          <option value="">{t('usage.filters.allOrganizers')}</option>
          {organizerOptions.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </Select>
      </Field>
      {filtersActive(filters) ? (
        <Button appearance="subtle" icon={<DismissRegular />} onClick={() => onChange(NO_FILTERS)}>
          {t('usage.filters.clear')}
        </Button>
      ) : null}
    </div>
  );
}
