import { Select, type SelectProps } from '@mantine/core';
import { useCurrentLanguage } from '@plannivo/web-kit/locale';
import { formatUtcOffset } from '@plannivo/web-kit/time';
import { IconWorld } from '@tabler/icons-react';
import { useMemo } from 'react';

/** Every IANA zone the browser knows, once. */
let zones: string[] | undefined;
const allZones = () => (zones ??= Intl.supportedValuesOf('timeZone'));

/**
 * A searchable choice of IANA time zones (`Europe/Istanbul`), each with its offset now
 * (`GMT+3`), so "Istanbul", "europe/ist" or "GMT+3" find it.
 */
export function TimeZoneSelect({
  value,
  onChange,
  ...props
}: Omit<SelectProps, 'data' | 'value' | 'onChange'> & {
  value: string;
  onChange: (zone: string) => void;
}) {
  const language = useCurrentLanguage();
  const data = useMemo(() => {
    const now = new Date();
    const names = allZones().includes(value) || !value ? allZones() : [value, ...allZones()];
    return names.map((zone) => {
      const offset = formatUtcOffset(now, zone, language);
      return { value: zone, label: offset ? `${zone.replaceAll('_', ' ')} (${offset})` : zone };
    });
  }, [language, value]);
  return (
    <Select
      {...props}
      data={data}
      value={value || null}
      onChange={(zone) => zone && onChange(zone)}
      searchable
      allowDeselect={false}
      limit={80}
      leftSection={<IconWorld size={16} aria-hidden />}
    />
  );
}
