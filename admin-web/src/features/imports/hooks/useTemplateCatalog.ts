import { useLazyQuery } from '@apollo/client/react';
import { useCallback } from 'react';
import { ImportTemplateCatalogDocument } from '../../../gql/graphql';
import type { TemplateCatalog } from '../templates';

/**
 * Reads, when asked, a location and two of its services to name in the packages template,
 * so its example row imports as it is; for the equipment template (`withServices` false) the
 * first location by name, with no services. Null when the school has none (or the read fails:
 * the template then shows placeholders).
 */
export function useTemplateCatalog() {
  const [load] = useLazyQuery(ImportTemplateCatalogDocument);
  return useCallback(
    async (withServices = true): Promise<TemplateCatalog | null> => {
      const { data } = await load().catch(() => ({ data: undefined }));
      if (!data) return null;
      for (const location of [...data.locations].sort((a, b) => a.name.localeCompare(b.name))) {
        const services = data.services
          .filter((s) => s.location.id === location.id)
          .map((s) => s.name)
          .sort((a, b) => a.localeCompare(b));
        if (services.length || !withServices) return { location, services };
      }
      return null;
    },
    [load],
  );
}
