export { LocalTime } from './LocalTime';
export { formatLocalTime, formatUtcOffset } from './localTime';
export { useNow } from './useNow';
