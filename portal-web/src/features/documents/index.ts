export { MyDocumentsSection } from './components/MyDocumentsSection';
