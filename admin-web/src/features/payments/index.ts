export { BookingPaymentPanel } from './components/BookingPaymentPanel';
export { MethodPicker } from './components/MethodPicker';
export { MoneyInput } from './components/MoneyInput';
export { MethodBadge } from './components/PaymentParts';
export { PaymentsView } from './components/PaymentsView';
export { AFTER_MONEY_MOVED } from './hooks/usePaymentMutations';
export { useAmountProblem } from './hooks/useAmountProblem';
export { moneyRefusal, type MoneyRefusal } from './lib/errors';
export { amountToMinor, minorToAmount, newIdempotencyKey } from './lib/money';
