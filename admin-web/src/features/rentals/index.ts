export { CheckOutFlow } from './components/CheckOutFlow';
export { RentalDetail } from './components/RentalDetail';
export { RentalList } from './components/RentalList';
