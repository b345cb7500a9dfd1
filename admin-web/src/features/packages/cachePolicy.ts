import type { TypePolicies } from '@apollo/client';
import { relayPaginationOnce } from '../../shared/lib/relayPagination';

/** The voucher list grows page by page per filter ("Load more"). */
export const packagesTypePolicies: TypePolicies = {
  Query: { fields: { vouchers: relayPaginationOnce(['filter']) } },
};
