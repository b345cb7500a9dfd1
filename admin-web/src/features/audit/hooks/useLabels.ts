import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { describeAction, entityLabelKey } from '../actions';

/** The translated name of an action; an action this app does not know yet shows as recorded. */
export function useActionLabel(): (action: string) => string {
  const { t } = useTranslation('audit');
  return useCallback(
    (action: string) => {
      const { labelKey } = describeAction(action);
      return labelKey ? t(labelKey) : action;
    },
    [t],
  );
}

/** The translated name of an entity type (`location` → "Lokasyon"); unknown ones as recorded. */
export function useEntityLabel(): (entityType: string) => string {
  const { t } = useTranslation('audit');
  return useCallback(
    (entityType: string) => {
      const key = entityLabelKey(entityType);
      return key ? t(key) : entityType;
    },
    [t],
  );
}
