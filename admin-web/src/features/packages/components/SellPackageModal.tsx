import { Alert, Group, Select, Stack, Switch, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { formatMoney } from '@plannivo/web-kit/booking';
import { useCurrentLanguage } from '@plannivo/web-kit/locale';
import { useErrorText } from '@plannivo/web-kit/ui';
import { dayBounds } from '@plannivo/web-kit/zoned';
import { IconMapPin } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PaymentMethod } from '../../../gql/graphql';
import { AppModal } from '../../../shared/ui/AppModal';
import { moneyRefusal, newIdempotencyKey } from '../../payments';
import { usePackageSaleOptions, useSellPackage } from '../hooks/usePackages';
import { catalogUnits } from '../lib/packages';
import { CustomerSelect, useDuration, type PickedCustomer } from './PackageParts';
import { CodeDone, GiftFields, PaymentSection, TEXT_MAX } from './SaleFormParts';

/**
 * "Sell a package": a catalog package of a location to a buyer, for them or a dependent, or
 * as a gift (a code instead of a holder; catalog gift packages always are), paid by one of
 * the location's methods or from the buyer's wallet. Shows what it holds, how long it lasts
 * and what it costs before anything is taken; a gift's code is shown once sold. One
 * idempotency key per opening of the dialog, kept for every retry.
 */
export function SellPackageModal({
  opened,
  buyerId,
  gift,
  onClose,
}: {
  opened: boolean;
  /** The buyer, when the dialog opens on a customer's record; else staff pick one. */
  buyerId?: string;
  /** Open with "as a gift" on (the vouchers page). */
  gift?: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation('packages');
  return (
    <AppModal opened={opened} onClose={onClose} title={t('sell.title')} size="lg">
      {opened && <SellForm buyerId={buyerId ?? null} gift={gift ?? false} onDone={onClose} />}
    </AppModal>
  );
}

interface Problems {
  buyer?: string;
  package?: string;
  holder?: string;
  method?: string;
  recipientName?: string;
  message?: string;
  codeExpiresAt?: string;
  form?: string;
}

function SellForm({
  buyerId,
  gift: giftAtStart,
  onDone,
}: {
  buyerId: string | null;
  gift: boolean;
  onDone: () => void;
}) {
  const { t } = useTranslation('packages');
  const language = useCurrentLanguage();
  const errorText = useErrorText();
  const duration = useDuration();
  const [idempotencyKey] = useState(newIdempotencyKey);
  const [buyer, setBuyer] = useState<PickedCustomer | null>(null);
  const options = usePackageSaleOptions(buyerId ?? buyer?.id ?? null);
  const [locationId, setLocationId] = useState<string | null>(null);
  const [packageId, setPackageId] = useState<string | null>(null);
  const [holderId, setHolderId] = useState<string | null>(null);
  const [asGift, setAsGift] = useState(giftAtStart);
  const [recipientName, setRecipientName] = useState('');
  const [message, setMessage] = useState('');
  const [codeUntil, setCodeUntil] = useState<string | null>(null);
  const [method, setMethod] = useState<PaymentMethod | null>(null);
  const [problems, setProblems] = useState<Problems>({});
  const [soldCode, setSoldCode] = useState<string | null>(null);
  const [sell, { loading }] = useSellPackage();

  const onSale = options.packages.filter((p) => p.active);
  const withPackages = options.locations.filter((l) => onSale.some((p) => p.location.id === l.id));
  const location =
    options.locations.find((l) => l.id === locationId) ??
    withPackages[0] ??
    options.locations[0] ??
    null;
  const choices = onSale
    .filter((p) => p.location.id === location?.id)
    .sort((a, b) => a.name.localeCompare(b.name));
  const pkg = choices.find((p) => p.id === packageId) ?? null;
  const gift = asGift || Boolean(pkg?.gift);
  const methods = (location?.paymentMethods ?? []) as PaymentMethod[];
  const chosenMethod = method && methods.includes(method) ? method : (methods[0] ?? null);
  const customer = options.customer;
  const holders = customer
    ? [{ id: customer.id, name: customer.name }, ...customer.dependents]
    : [];
  const units = pkg ? catalogUnits(pkg.items) : null;
  // What is taken: the catalog price, plus tax where the location adds it.
  const gross =
    pkg && location
      ? location.taxInclusive
        ? pkg.price.amountMinor
        : pkg.price.amountMinor +
          Math.round((pkg.price.amountMinor * location.taxRateBasisPoints) / 10_000)
      : null;

  if (soldCode)
    return (
      <CodeDone
        title={t('sell.giftSold')}
        hint={t('sell.giftCodeHint')}
        code={soldCode}
        onDone={onDone}
      />
    );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: Problems = {};
    const buyerChosen = buyerId ?? buyer?.id ?? null;
    if (!buyerChosen) found.buyer = t('errors.buyer');
    if (!pkg) found.package = t('errors.package');
    if (!chosenMethod) found.method = t('errors.method');
    setProblems(found);
    if (Object.keys(found).length) return;
    const until =
      codeUntil && location ? dayBounds(codeUntil.slice(0, 10), location.timezone).to : null;
    try {
      const result = await sell({
        variables: {
          input: {
            packageId: pkg!.id,
            buyerId: buyerChosen!,
            holderId: gift ? null : holderId && holderId !== buyerChosen ? holderId : null,
            method: chosenMethod!,
            idempotencyKey,
            asGift: gift
              ? {
                  recipientName: recipientName.trim() || null,
                  message: message.trim() || null,
                  codeExpiresAt: until,
                }
              : null,
          },
        },
      });
      const sale = result.data?.sellPackage;
      notifications.show({
        color: 'teal',
        title: t('sell.doneTitle'),
        message: t('sell.done', { name: pkg!.name, amount: sale?.payment.amount.formatted ?? '' }),
      });
      if (sale?.voucher) setSoldCode(sale.voucher.code);
      else onDone();
    } catch (error) {
      const refusal = moneyRefusal(error);
      if (refusal.kind === 'insufficientFunds') setProblems({ method: t('errors.walletShort') });
      else if (refusal.kind === 'keyReused') setProblems({ form: t('errors.keyReused') });
      else if (refusal.kind === 'fields')
        setProblems({
          buyer: refusal.fields.buyerId && t('errors.buyerRefused'),
          package: refusal.fields.packageId && t('errors.packageRefused'),
          holder: refusal.fields.holderId && t('errors.holderRefused'),
          method: refusal.fields.method && t('errors.methodRefused'),
          recipientName:
            refusal.fields.recipientName && t('errors.tooLong', { max: TEXT_MAX.recipientName }),
          message: refusal.fields.message && t('errors.tooLong', { max: TEXT_MAX.message }),
          codeExpiresAt: refusal.fields.codeExpiresAt && t('errors.future'),
        });
      else setProblems({ form: errorText(error) });
    }
  };

  if (options.error)
    return (
      <Alert color="red" variant="light" role="alert">
        {errorText(options.error)}
      </Alert>
    );

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack gap="md">
        {!buyerId && (
          <CustomerSelect
            label={t('sell.buyer')}
            value={buyer}
            onChange={(c) => {
              setBuyer(c);
              setHolderId(null);
              setProblems((p) => ({ ...p, buyer: undefined }));
            }}
            error={problems.buyer}
          />
        )}
        <Select
          label={t('sell.location')}
          data={options.locations.map((l) => ({ value: l.id, label: l.name }))}
          value={location?.id ?? null}
          onChange={(value) => {
            setLocationId(value);
            setPackageId(null);
          }}
          disabled={options.loading}
          allowDeselect={false}
          required
          leftSection={<IconMapPin size={16} aria-hidden />}
        />
        <Select
          label={t('sell.package')}
          placeholder={choices.length ? t('sell.packagePlaceholder') : t('sell.noPackages')}
          data={choices.map((p) => ({
            value: p.id,
            label: p.gift ? `${p.name} (${t('sell.giftTag')})` : p.name,
          }))}
          value={pkg?.id ?? null}
          onChange={(value) => {
            setPackageId(value);
            setProblems((p) => ({ ...p, package: undefined, form: undefined }));
          }}
          searchable
          required
          disabled={!choices.length}
          error={problems.package}
          data-autofocus
        />
        {pkg && units && location && gross !== null && (
          <Alert color="blue" variant="light" title={pkg.name}>
            <Stack gap={4}>
              {pkg.items.map((item) =>
                item.service ? (
                  <Text fz="sm" key={item.service.id}>
                    {item.service.kind === 'LESSON'
                      ? t('sell.itemTime', {
                          time: duration(item.quantity * item.service.durationMinutes),
                          service: item.service.name,
                        })
                      : t('sell.itemSessions', {
                          count: item.quantity,
                          service: item.service.name,
                        })}
                  </Text>
                ) : null,
              )}
              <Text fz="sm">
                {gift
                  ? t('sell.validFromRedemption', { count: pkg.validityDays })
                  : t('sell.validFromToday', { count: pkg.validityDays })}
              </Text>
              <Group gap={6}>
                <Text fw={700}>
                  {formatMoney({ amountMinor: gross, currency: pkg.price.currency }, language)}
                </Text>
                <Text fz="sm" c="dimmed">
                  {location.taxInclusive
                    ? t('sell.taxIncluded')
                    : t('sell.taxAdded', { price: pkg.price.formatted })}
                </Text>
              </Group>
            </Stack>
          </Alert>
        )}
        <Switch
          label={t('sell.asGift')}
          description={pkg?.gift ? t('sell.giftPackageHint') : t('sell.asGiftHint')}
          checked={gift}
          disabled={Boolean(pkg?.gift)}
          onChange={(e) => setAsGift(e.currentTarget.checked)}
        />
        {gift ? (
          <>
            <GiftFields
              recipientName={recipientName}
              onRecipientName={setRecipientName}
              message={message}
              onMessage={setMessage}
              until={codeUntil}
              onUntil={setCodeUntil}
              timezone={location?.timezone ?? null}
              errors={{
                recipientName: problems.recipientName,
                message: problems.message,
                until: problems.codeExpiresAt,
              }}
            />
          </>
        ) : (
          holders.length > 1 && (
            <Select
              label={t('sell.holder')}
              description={t('sell.holderHint')}
              data={holders.map((h) => ({ value: h.id, label: h.name }))}
              value={holderId ?? customer?.id ?? null}
              onChange={setHolderId}
              allowDeselect={false}
              error={problems.holder}
            />
          )
        )}
        <PaymentSection
          methods={methods}
          method={chosenMethod}
          onMethod={(m) => {
            setMethod(m);
            setProblems((p) => ({ ...p, method: undefined }));
          }}
          methodError={problems.method}
          formError={problems.form}
          loading={loading}
          onCancel={onDone}
          submitLabel={
            gross !== null && pkg
              ? t('sell.submitAmount', {
                  amount: formatMoney(
                    { amountMinor: gross, currency: pkg.price.currency },
                    language,
                  ),
                })
              : t('sell.submit')
          }
        />
      </Stack>
    </form>
  );
}
