export {
  addDays,
  dailyStarts,
  dayBounds,
  formatLocalDate,
  formatTimeRange,
  instantAt,
  isLocalDate,
  localDateOf,
  localTimeOf,
  nextDays,
  todayIn,
} from './zoned';
