export { MyBookingsView } from './components/MyBookingsView';
