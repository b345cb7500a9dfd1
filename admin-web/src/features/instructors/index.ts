export { CreateInstructorModal } from './components/CreateInstructorModal';
export { InstructorDetail } from './components/InstructorDetail';
export { InstructorsView } from './components/InstructorsView';
