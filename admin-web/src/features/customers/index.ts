export { customersTypePolicies } from './cachePolicy';
export { CreateCustomerModal } from './components/CreateCustomerModal';
export { CustomersView } from './components/CustomersView';
