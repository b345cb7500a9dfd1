export { BookingInvoices } from './components/BookingInvoices';
export { InvoicesView } from './components/InvoicesView';
