export { LocalTime } from './LocalTime';
export { formatLocalTime, formatUtcOffset } from './localTime';
export { useNow } from './useNow';
export {
  instantOfWallClock,
  isKnownTimeZone,
  wallClockAsUtcMs,
  wallClockAt,
  type WallClock,
} from './wallClock';
