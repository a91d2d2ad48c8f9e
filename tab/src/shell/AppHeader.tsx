import { Avatar } from '@fluentui/react-avatar';
import { Badge } from '@fluentui/react-badge';
import { Caption1, Subtitle2, Text } from '@fluentui/react-text';
import { tokens } from '@fluentui/react-theme';
import { makeStyles } from '../ui/griffel';
import { BuildingRegular, WalletCreditCardFilled } from '@fluentui/react-icons';
import { useSession, useStrings } from './shellContext';

const useStyles = makeStyles({
  header: {
    display: 'flex',
    alignItems: 'center',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalL,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalXXL}`,
  },
  brand: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM, minWidth: 0 },
  logo: {
    width: '36px',
    height: '36px',
    flexShrink: 0,
    borderRadius: tokens.borderRadiusLarge,
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'center',
    fontSize: '22px',
    color: tokens.colorNeutralForegroundOnBrand,
    backgroundColor: tokens.colorBrandBackground,
  },
  brandText: { display: 'flex', flexDirection: 'column', minWidth: 0 },
  name: { margin: 0 },
  tagline: { color: tokens.colorNeutralForeground3 },
  spacer: { flexGrow: 1 },
  tenant: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    color: tokens.colorNeutralForeground2,
  },
  tenantIcon: { fontSize: '20px', flexShrink: 0 },
  nowrap: { whiteSpace: 'nowrap', flexShrink: 0 },
  user: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  userText: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start' },
  role: { color: tokens.colorNeutralForeground3 },
});

export function AppHeader() {
  const t = useStrings();
  const { me, config } = useSession();
  const styles = useStyles();
  const role = t(`roles.${me.role}`);
  return (
    <header className={styles.header}>
      <div className={styles.brand}>
        <div className={styles.logo} aria-hidden="true">
          <WalletCreditCardFilled />
        </div>
        <div className={styles.brandText}>
          <Subtitle2 as="p" className={styles.name}>
            {t('app.name')}
          </Subtitle2>
          <Caption1 className={styles.tagline}>{t('app.tagline')}</Caption1>
        </div>
      </div>
      <div className={styles.spacer} />
      <div className={styles.tenant} aria-label={t('header.organization')} role="group">
        <BuildingRegular className={styles.tenantIcon} aria-hidden="true" />
        <Text weight="semibold" className={styles.nowrap} data-testid="tenant-name">
          {me.tenantName}
        </Text>
        {config.mode === 'local' ? (
          <Badge appearance="tint" color="informative" className={styles.nowrap}>
            {t('header.localDemo')}
          </Badge>
        ) : null}
      </div>
      <div className={styles.user} role="group" aria-label={t('header.signedInAs', { name: me.displayName, role })}>
        <Avatar name={me.displayName} color="colorful" size={32} aria-hidden="true" />
        <div className={styles.userText} aria-hidden="true">
          <Text weight="semibold">{me.displayName}</Text>
          <Caption1 className={styles.role}>{role}</Caption1>
        </div>
      </div>
    </header>
  );
}
