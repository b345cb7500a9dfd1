/**
 * The catalog's public service: what a location sells (services) and what is bought ahead
 * (packages), split by concern under service/ (STYLE.md: past ~400 lines, split by role).
 * Resolvers, loaders, the seed and other modules import from here only.
 */
export type { CatalogListArgs } from './service/scope.js';
export {
  createService,
  listServices,
  servicesByIds,
  updateService,
  type ServiceInput,
  type ServiceListArgs,
} from './service/services.js';
export {
  createPackage,
  itemsOfPackages,
  listPackages,
  setPackageActive,
  updatePackage,
  type PackageChanges,
  type PackageInput,
} from './service/packages.js';
export { catalogOfLocations, checkPackageFields, createPackages } from './service/bulk.js';
