import { getLocale, t } from '../../i18n';

/** What a numeric setting counts; each has a short sign for the field and a phrase for screen readers. */
export type Unit = 'points' | 'times' | 'days' | 'hours' | 'leads' | 'leadsPerDay' | 'percent';

/** Settings can be fractional (half an hour), unlike the whole numbers the results show. */
export const formatValue = (value: number): string =>
  new Intl.NumberFormat(getLocale(), { maximumFractionDigits: 2 }).format(value);

export const unitSign = (unit: Unit): string => t(`controls.unit.${unit}`);

export const valueText = (unit: Unit, value: number): string =>
  t(`controls.valueText.${unit}`, { value: formatValue(value) });
