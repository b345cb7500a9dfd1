export { AgendaView } from './components/AgendaView';
