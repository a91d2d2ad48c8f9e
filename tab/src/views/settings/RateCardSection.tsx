import { Badge } from '@fluentui/react-badge';
import { Button } from '@fluentui/react-button';
import { MessageBar, MessageBarBody } from '@fluentui/react-message-bar';
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@fluentui/react-table';
import { Body1 } from '@fluentui/react-text';
import { ArrowDownloadRegular, BrainCircuitRegular, MoneyRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { RateApplyResponse, RatesResponse } from '../../../../bot/api/contracts';
import { useSession, useStrings } from '../../shell/shellContext';
import { CSV_BOM } from '../../usage/csv';
import { downloadText } from '../../ui/download';
import { RateUploadPanel } from './RateUploadPanel';
import { callKindText, feeText, monthRangeText, numberTypeText } from './rateText';
import { SectionState } from './SectionState';
import { Panel } from '../../ui/Panel';
import { useSettingsStyles } from './settingsStyles';
import { shownData, useApiGet } from '../../data/useApiGet';

/** The admin's rate card (upload → line errors or a preview of the changes → apply) beside the learned rates. */
export function RateCardSection({ readOnly }: { readOnly: boolean }) {
  const t = useStrings();
  const styles = useSettingsStyles();
  const { resource, reload } = useApiGet<RatesResponse>('/rates');
  const [applied, setApplied] = useState<RateApplyResponse | null>(null);
  const rates = shownData(resource);

  return (
    <div className={styles.section}>
      {applied ? (
        <MessageBar intent="success" data-testid="rates-applied">
          <MessageBarBody>{t('settings.rates.applied', { entries: applied.entries, added: applied.added, changed: applied.changed, removed: applied.removed })}</MessageBarBody>
        </MessageBar>
      ) : null}
      {readOnly ? null : (
        <RateUploadPanel
          onApplied={(result) => {
            setApplied(result);
            reload();
          }}
          onStart={() => setApplied(null)}
        />
      )}
      <SectionState resource={resource} onRetry={reload} />
      {rates ? (
        <div className={styles.columns}>
          <CardPanel rates={rates} />
          <LearnedPanel rates={rates} />
        </div>
      ) : null}
    </div>
  );
}

function CardPanel({ rates }: { rates: RatesResponse }) {
  const t = useStrings();
  const { format } = useSession();
  const styles = useSettingsStyles();
  const card = rates.card;
  const badge = card ? (
    <Badge appearance="tint" color={card.source === 'demo' ? 'warning' : 'brand'}>
      {t(card.source === 'demo' ? 'settings.rates.demo' : 'settings.rates.admin')}
    </Badge>
  ) : undefined;
  return (
    <Panel title={t('settings.rates.cardTitle')} icon={<MoneyRegular />} actions={badge} testId="rate-card">
      {card ? (
        <>
          <div className={styles.actions}>
            <Body1>{t('settings.rates.cardSummary', { count: card.entries.length, currency: rates.currency })}</Body1>
            <Button icon={<ArrowDownloadRegular />} size="small" onClick={() => downloadText('rate-card.csv', `${CSV_BOM}${card.csv}`)}>
              {t('settings.rates.download')}
            </Button>
          </div>
          {card.source === 'demo' ? (
            <Body1 as="p" className={styles.note}>
              {t('settings.rates.demoNote')}
            </Body1>
          ) : null}
          <div className={styles.tableScroll} tabIndex={0} role="region" aria-label={t('settings.rates.cardTitle')}>
            <Table size="small" aria-label={t('settings.rates.cardTitle')}>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>{t('settings.rates.country')}</TableHeaderCell>
                  <TableHeaderCell>{t('settings.rates.callKind')}</TableHeaderCell>
                  <TableHeaderCell>{t('settings.rates.numberType')}</TableHeaderCell>
                  <TableHeaderCell>{t('settings.rates.perMinute')}</TableHeaderCell>
                  <TableHeaderCell>{t('settings.rates.perCall')}</TableHeaderCell>
                  <TableHeaderCell>{t('settings.rates.effectiveFrom')}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {card.entries.map((e) => (
                  <TableRow key={`${e.callKind}|${e.country}|${e.numberType ?? ''}|${e.effectiveFrom}`} data-testid="rate-row">
                    <TableCell>{format.country(e.country)}</TableCell>
                    <TableCell>{callKindText(t, e.callKind)}</TableCell>
                    <TableCell>{numberTypeText(t, e.numberType)}</TableCell>
                    <TableCell className={styles.numeric}>{format.rate(e.perMinute.amount, e.perMinute.currency)}</TableCell>
                    <TableCell className={styles.numeric}>{feeText(format, e.connectionFee)}</TableCell>
                    <TableCell>{format.calendarDate(e.effectiveFrom)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
        </>
      ) : (
        <Body1 as="p" className={styles.note}>
          {t('settings.rates.noCard')}
        </Body1>
      )}
    </Panel>
  );
}

function LearnedPanel({ rates }: { rates: RatesResponse }) {
  const t = useStrings();
  const { format, me } = useSession();
  const styles = useSettingsStyles();
  return (
    <Panel title={t('settings.rates.learnedTitle')} icon={<BrainCircuitRegular />} testId="learned-rates">
      <Body1 as="p" className={styles.note}>
        {t('settings.rates.learnedIntro')}
      </Body1>
      {rates.learned.length === 0 ? (
        <Body1 as="p" className={styles.note}>
          {t('settings.rates.learnedNone')}
        </Body1>
      ) : (
        <div className={styles.tableScroll} tabIndex={0} role="region" aria-label={t('settings.rates.learnedTitle')}>
          <Table size="small" aria-label={t('settings.rates.learnedTitle')}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{t('settings.rates.country')}</TableHeaderCell>
                <TableHeaderCell>{t('settings.rates.callKind')}</TableHeaderCell>
                <TableHeaderCell>{t('settings.rates.perMinute')}</TableHeaderCell>
                <TableHeaderCell>{t('settings.rates.perCall')}</TableHeaderCell>
                <TableHeaderCell>{t('settings.rates.calls')}</TableHeaderCell>
                <TableHeaderCell>{t('settings.rates.minutes')}</TableHeaderCell>
                <TableHeaderCell>{t('settings.rates.period')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {rates.learned.map((r) => (
                <TableRow key={`${r.callKind}|${r.country}|${r.numberType ?? ''}`} data-testid="learned-row">
                  <TableCell>{format.country(r.country)}</TableCell>
                  <TableCell>{callKindText(t, r.callKind)}</TableCell>
                  <TableCell className={styles.numeric}>{format.rate(r.perMinute.amount, r.perMinute.currency)}</TableCell>
                  <TableCell className={styles.numeric}>{feeText(format, r.connectionFee)}</TableCell>
                  <TableCell className={styles.numeric}>{format.number(r.sampleCalls)}</TableCell>
                  <TableCell className={styles.numeric}>{format.number(r.billedMinutes, 0)}</TableCell>
                  <TableCell>{monthRangeText(format.locale, me.timeZone, r.from, r.to)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
    </Panel>
  );
}
