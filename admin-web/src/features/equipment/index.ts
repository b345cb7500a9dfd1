export { equipmentTypePolicies } from './cachePolicy';
export { EquipmentDetail } from './components/EquipmentDetail';
export { EquipmentView } from './components/EquipmentView';
