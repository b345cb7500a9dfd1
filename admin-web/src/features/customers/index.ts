export { customersTypePolicies } from './cachePolicy';
export { CreateCustomerModal } from './components/CreateCustomerModal';
export { CustomersView } from './components/CustomersView';
export { CustomerDetail } from './components/CustomerDetail';
