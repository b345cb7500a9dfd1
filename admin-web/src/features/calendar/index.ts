export { ArchivedBookingsView } from './components/ArchivedBookingsView';
export { CalendarView } from './components/CalendarView';
