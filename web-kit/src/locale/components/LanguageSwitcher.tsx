import { UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../../i18n/language';
import { useChangeLanguage } from '../hooks/useChangeLanguage';
import { useCurrentLanguage } from '../hooks/useCurrentLanguage';
import classes from './LanguageSwitcher.module.css';

/**
 * TR | EN toggle buttons. Each button is named by its language in that language ("Türkçe",
 * "English") and says whether it is the current one with aria-pressed.
 */
export function LanguageSwitcher({
  size = 'sm',
  onDark = false,
  fullWidth = false,
  showNames = false,
}: {
  size?: 'sm' | 'lg';
  /** Sitting on the brand gradient rather than on a light surface. */
  onDark?: boolean;
  fullWidth?: boolean;
  /** "Türkçe | English" instead of "TR | EN", where there is room. */
  showNames?: boolean;
}) {
  const { t } = useTranslation();
  const current = useCurrentLanguage();
  const changeLanguage = useChangeLanguage();
  const rootClasses = [
    classes.root,
    onDark && classes.onDark,
    fullWidth && classes.fullWidth,
    size === 'lg' && classes.large,
  ]
    .filter(Boolean)
    .join(' ');

  return (
    <div role="group" aria-label={t('language.label')} className={rootClasses}>
      {LANGUAGES.map((language) => {
        const name = t(`language.${language}`);
        return (
          <UnstyledButton
            key={language}
            className={classes.option}
            lang={language}
            aria-label={showNames ? undefined : name}
            aria-pressed={language === current}
            onClick={() => void changeLanguage(language)}
          >
            {showNames ? name : language.toUpperCase()}
          </UnstyledButton>
        );
      })}
    </div>
  );
}
