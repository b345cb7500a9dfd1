export { BookingDetail } from './components/BookingDetail';
export { BookingWizard } from './components/BookingWizard';
export { StatusBadge, STATUS_COLORS } from './components/StatusBadge';
export { useCategoryLabel } from './components/useCategoryLabel';
export {
  addDays,
  dayBounds,
  formatLocalDate,
  formatTimeRange,
  isLocalDate,
  localDateOf,
  todayIn,
} from './lib/zoned';
