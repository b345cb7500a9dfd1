import { useApolloClient, useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { MeDocument, SetMyLocaleDocument } from '../../gql/graphql';
import { toLanguage, type Language } from '../../i18n/language';
import { markLanguageChosen } from '../languageChoice';

/**
 * Switches the UI language and, when someone is signed in, stores it on their account
 * (`setMyLocale`) so mails and other devices follow.
 */
export function useChangeLanguage(): (language: Language) => Promise<void> {
  const { i18n, t } = useTranslation();
  const client = useApolloClient();
  const [setMyLocale] = useMutation(SetMyLocaleDocument);

  return useCallback(
    async (language: Language) => {
      markLanguageChosen();
      await i18n.changeLanguage(language);
      const me = client.readQuery({ query: MeDocument })?.me;
      if (!me || toLanguage(me.locale) === language) return;
      try {
        await setMyLocale({ variables: { locale: language } });
      } catch {
        notifications.show({ color: 'red', message: t('language.saveFailed') });
      }
    },
    [client, i18n, setMyLocale, t],
  );
}
