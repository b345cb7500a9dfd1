export { BookFlow } from './components/BookFlow';
export { policyNow } from './lib/policy';
export { formatLocalDateTime, formatTimeRange, localDateOf, formatLocalDate } from './lib/zoned';
