export { bookingTotal, formatMoney, minorDigits, type MoneyValue } from './money';
export {
  EQUIPMENT_CATEGORIES,
  humanizeCategory,
  isKnownCategory,
  sizesByCategory,
  type EquipmentCategory,
} from './gear';
export { formatRange, formatSize } from './sizes';
